package cn.dalian.laborbrand.subsidy.payment;

import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** What an approved batch line asks to be paid: the entitlement, its unit and brand, the amount and the payee. */
public record PaymentOrder(UUID entitlementId, String orgId, String unitName, String brandName, CertificationLevel level, Money amount,
        Payee payee) {
}

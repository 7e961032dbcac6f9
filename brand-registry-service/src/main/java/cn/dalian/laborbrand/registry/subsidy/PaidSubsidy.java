package cn.dalian.laborbrand.registry.subsidy;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.MalformedEventException;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * A one-time subsidy that reached the brand's unit: at most one per brand and certification level, the city's (¥50,000)
 * or the province's (¥100,000); a district-level certification brings none (DOMAIN "Process" 5).
 */
record PaidSubsidy(UUID brandId, CertificationLevel certificationLevel, Money amount, Instant paidAt, String paymentReference,
        String bankTransactionId, UUID entitlementId) {

    /**
     * The payment subsidy-service reports. A district-level or empty payment contradicts the notice: no retry can mend it, so it
     * is refused as malformed (straight to the dead-letter topic, where an operator sees it) rather than shown on the brand.
     */
    static PaidSubsidy of(SubsidyDisbursed disbursed) {
        if (disbursed.certificationLevel() == CertificationLevel.DISTRICT) {
            throw new MalformedEventException("entitlement " + disbursed.entitlementId()
                    + " reports a subsidy paid for a district-level certification, which brings none");
        }
        if (disbursed.amountFen() <= 0) {
            throw new MalformedEventException("entitlement " + disbursed.entitlementId() + " reports a payment of " + disbursed.amountFen() + " fen");
        }
        return new PaidSubsidy(disbursed.brandId(), disbursed.certificationLevel(), new Money(disbursed.amountFen()), disbursed.paidAt(),
                disbursed.paymentReference(), disbursed.bankTransactionId(), disbursed.entitlementId());
    }
}

package cn.dalian.laborbrand.contracts.subsidy;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/**
 * The payment system confirmed that an entitlement's subsidy reached the unit's account (到账): amount in fen,
 * the platform's payment reference (the idempotency key it was sent with) and the payment system's own transaction id.
 */
public record SubsidyDisbursed(UUID entitlementId, UUID brandId, UUID applicationId, String orgId, String unitName, String brandName,
        CertificationLevel certificationLevel, long amountFen, UUID batchId, String paymentReference, String bankTransactionId,
        Instant paidAt) {
}

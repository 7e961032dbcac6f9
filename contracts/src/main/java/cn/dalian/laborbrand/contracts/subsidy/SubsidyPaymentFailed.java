package cn.dalian.laborbrand.contracts.subsidy;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/**
 * The payment system answered that an entitlement's payment failed for good (e.g. the account is closed): nothing was
 * paid, the budget's reservation is released and finance may put the entitlement into a new batch.
 */
public record SubsidyPaymentFailed(UUID entitlementId, UUID brandId, UUID applicationId, String orgId, String unitName, String brandName,
        CertificationLevel certificationLevel, long amountFen, UUID batchId, String paymentReference, String failureCode,
        String failureReason, Instant failedAt) {
}

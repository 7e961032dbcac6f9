package cn.dalian.laborbrand.subsidy.payment;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/**
 * A payment as finance staff see it: whom it pays (account number masked), how it stands with the payment system, how
 * often it was sent (always with the same reference) and why the last try did not get through.
 *
 * @param attempt     the entitlement's attempt this payment is (1, or more after earlier ones failed)
 * @param sendCount   how often it was sent
 * @param completedAt when it was paid (SUCCEEDED) or failed (FAILED)
 */
public record PaymentView(UUID id, String reference, int attempt, UUID entitlementId, UUID batchId, int year, String orgId, String unitName,
        String brandName, CertificationLevel level, String levelLabel, long amountFen, String amountText, String payeeAccountName,
        String payeeBankName, String payeeAccountNumber, PaymentStatus status, String statusLabel, int sendCount, String lastError,
        String bankTransactionId, String failureCode, String failureReason, Instant createdAt, Instant lastSentAt, Instant acceptedAt,
        Instant completedAt, Instant nextAttemptAt) {
}

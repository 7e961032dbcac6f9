package cn.dalian.laborbrand.subsidy.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.subsidy.payment.PaymentStatus;

/**
 * What finance staff see of payment batches: amounts in fen for programs and as text for people, account numbers masked,
 * and once approved how its payments stand ({@code paymentLabel} 支付中, 已支付, 部分支付失败 or 支付失败; none before).
 */
final class BatchViews {

    private BatchViews() {
    }

    /** A batch in the list. */
    record Summary(UUID id, int year, String purpose, BatchStatus status, String statusLabel, long totalFen, String totalText, int lineCount,
            String preparedBy, Instant preparedAt, String decidedBy, Instant decidedAt, String returnReason, String paymentLabel, int paidCount,
            int failedCount, int pendingCount) {
    }

    /** A batch with its lines and its audit trail. */
    record Detail(UUID id, int year, String purpose, BatchStatus status, String statusLabel, long totalFen, String totalText,
            String preparedBy, Instant preparedAt, String decidedBy, Instant decidedAt, String returnReason, String paymentLabel, int paidCount,
            int failedCount, int pendingCount, List<Line> lines, List<Step> trail) {
    }

    /**
     * A line, with its payment once the batch is approved: {@code paymentStatus} QUEUED 待发送, ACCEPTED 已提交, SUCCEEDED 已到账
     * or FAILED 支付失败, the reference it is sent with, the payment system's transaction id, when it was paid, why it failed.
     */
    record Line(UUID entitlementId, String orgId, String unitName, String brandName, CertificationLevel level, String levelLabel, long amountFen,
            String amountText, String payeeAccountName, String payeeBankName, String payeeAccountNumber, UUID paymentId, PaymentStatus paymentStatus,
            String paymentStatusLabel, String paymentReference, String bankTransactionId, Instant paidAt, String failureReason) {
    }

    record Step(BatchStatus action, String actionLabel, String actor, Role role, Instant at, String reason) {
    }
}

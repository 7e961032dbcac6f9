package cn.dalian.laborbrand.subsidy.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * A payment batch under maker–checker: prepared by a finance clerk, then approved or returned (with a reason) once, by
 * someone other than the clerk.
 */
public record PaymentBatch(UUID id, int year, String purpose, BatchStatus status, List<BatchLine> lines, Money total, String preparedBy,
        Instant preparedAt, String decidedBy, Instant decidedAt, String returnReason) {

    public PaymentBatch {
        lines = List.copyOf(lines);
    }

    /** The purpose text when the clerk writes none. */
    public static String defaultPurpose(int year) {
        return "%d年度劳务品牌一次性奖补资金".formatted(year);
    }

    /** A new batch of the lines, its total their sum, waiting for an approver. */
    public static PaymentBatch prepare(UUID id, int year, String purpose, List<BatchLine> lines, String by, Instant at) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one entitlement");
        }
        Money total = new Money(lines.stream().mapToLong(line -> line.amount().fen()).sum());
        String text = purpose == null || purpose.isBlank() ? defaultPurpose(year) : purpose.strip();
        return new PaymentBatch(id, year, text, BatchStatus.PREPARED, lines, total, by, at, null, null, null);
    }

    /** Approved by the checker; the caller reserves {@link #total()} against the year's budget with it. */
    public PaymentBatch approve(String by, Instant at) {
        requireChecker(by);
        return new PaymentBatch(id, year, purpose, BatchStatus.APPROVED, lines, total, preparedBy, preparedAt, by, at, null);
    }

    /** Returned to the clerk with the reason; its entitlements are free for another batch. */
    public PaymentBatch returnWith(String reason, String by, Instant at) {
        requireChecker(by);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a batch is returned with a reason");
        }
        return new PaymentBatch(id, year, purpose, BatchStatus.RETURNED, lines, total, preparedBy, preparedAt, by, at, reason.strip());
    }

    private void requireChecker(String by) {
        if (status != BatchStatus.PREPARED) {
            throw new PlatformException(BatchProblem.BATCH_NOT_OPEN, "该支付批次已%s，不能再次办理。".formatted(status.label()))
                    .with("status", status.name());
        }
        if (preparedBy.equals(by)) {
            throw new PlatformException(BatchProblem.SAME_PERSON);
        }
    }
}

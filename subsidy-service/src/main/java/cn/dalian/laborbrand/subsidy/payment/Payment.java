package cn.dalian.laborbrand.subsidy.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.subsidy.entitlement.Entitlement;

/**
 * One payment of one entitlement through the payment system, sent with its {@link #reference()} as the idempotency key
 * (so sending it again never pays twice). QUEUED → ACCEPTED → SUCCEEDED or FAILED; a payment the payment system cannot be
 * reached for stays QUEUED and is sent again later; one it never received (a question answered 404) goes back to QUEUED.
 * SUCCEEDED and FAILED are final: a late, repeated or out-of-order notice changes nothing.
 *
 * @param sendCount     how often it was sent, always with the same reference
 * @param nextAttemptAt when it is sent (QUEUED) or asked for (ACCEPTED) next
 * @param lastError     why the last send or question did not get through, for finance to read
 */
public record Payment(UUID id, String reference, int attempt, UUID batchId, int year, String purpose, PaymentOrder order, PaymentStatus status,
        int sendCount, Instant nextAttemptAt, String lastError, String transactionId, String failureCode, String failureReason,
        Instant createdAt, Instant lastSentAt, Instant acceptedAt, Instant completedAt) {

    /** The payment system's limit on a reference. */
    static final int MAX_REFERENCE_LENGTH = 64;
    static final String UNKNOWN_FAILURE_CODE = "UNKNOWN";
    static final String UNKNOWN_FAILURE_REASON = "支付系统未说明失败原因。";
    /** The longest reason or error kept (the columns' size). */
    static final int MAX_TEXT = 500;

    /** {@code <entitlement id>:<attempt>}: one key per entitlement and attempt, so that no retry of an attempt pays twice. */
    public static String referenceOf(UUID entitlementId, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        return entitlementId + ":" + attempt;
    }

    /** A new payment of an approved batch line, to be sent at once. */
    public static Payment queue(UUID id, PaymentOrder order, int attempt, UUID batchId, int year, String purpose, Instant now) {
        return new Payment(id, referenceOf(order.entitlementId(), attempt), attempt, batchId, year, purpose, order, PaymentStatus.QUEUED, 0, now,
                null, null, null, null, now, null, null, null);
    }

    public UUID entitlementId() {
        return order.entitlementId();
    }

    public boolean hasAmount(long fen) {
        return order.amount().fen() == fen;
    }

    /** Taken by a sender, which sends it now; nobody else sends it before {@code lease} has passed. */
    public Payment sending(Instant now, Duration lease) {
        requireStatus(PaymentStatus.QUEUED);
        return new Payment(id, reference, attempt, batchId, year, purpose, order, status, sendCount + 1, now.plus(lease), lastError,
                transactionId, failureCode, failureReason, createdAt, now, acceptedAt, completedAt);
    }

    /** Taken by a poller, which asks for its result now; nobody else asks before {@code lease} has passed. */
    public Payment asking(Instant now, Duration lease) {
        requireStatus(PaymentStatus.ACCEPTED);
        return at(now.plus(lease), lastError);
    }

    /**
     * The payment system's word on it. ACCEPTED makes a queued payment wait for its result (asked for after
     * {@code pollAfter} when no callback brings it); SUCCEEDED and FAILED end it. A final payment stays as it is, and an
     * ACCEPTED after anything but QUEUED changes nothing.
     */
    public Payment take(PaymentResult result, Instant now, Duration pollAfter) {
        if (status.isFinal()) {
            return this;
        }
        String transaction = result.transactionId() != null ? result.transactionId() : transactionId;
        Instant accepted = acceptedAt != null ? acceptedAt : result.acceptedAt() != null ? result.acceptedAt() : now;
        return switch (result.status()) {
            case ACCEPTED -> status == PaymentStatus.QUEUED
                    ? new Payment(id, reference, attempt, batchId, year, purpose, order, PaymentStatus.ACCEPTED, sendCount, now.plus(pollAfter),
                            null, transaction, null, null, createdAt, lastSentAt, accepted, null)
                    : this;
            case SUCCEEDED -> {
                if (transaction == null) {
                    throw new IllegalArgumentException("a payment succeeds with the payment system's transaction id");
                }
                yield new Payment(id, reference, attempt, batchId, year, purpose, order, PaymentStatus.SUCCEEDED, sendCount, nextAttemptAt, null,
                        transaction, null, null, createdAt, lastSentAt, accepted, completedAt(result, now));
            }
            case FAILED -> new Payment(id, reference, attempt, batchId, year, purpose, order, PaymentStatus.FAILED, sendCount, nextAttemptAt, null,
                    transaction, clip(orDefault(result.failureCode(), UNKNOWN_FAILURE_CODE), 64),
                    clip(orDefault(result.failureReason(), UNKNOWN_FAILURE_REASON), MAX_TEXT),
                    createdAt, lastSentAt, acceptedAt, completedAt(result, now));
            case QUEUED -> throw new IllegalArgumentException("not a payment system's status");
        };
    }

    /**
     * The payment system could not be reached or did not answer usefully: the payment waits (nothing is lost, nothing
     * fails for that) and is tried again at {@code next}, the reason kept for finance.
     */
    public Payment deferred(String error, Instant next) {
        return status.isFinal() ? this : at(next, error);
    }

    /** The payment system never received it (a question answered 404): it is sent again, with the same reference, at once. */
    public Payment unknownToPaymentSystem(Instant now) {
        if (status.isFinal()) {
            return this;
        }
        return new Payment(id, reference, attempt, batchId, year, purpose, order, PaymentStatus.QUEUED, sendCount, now,
                "支付系统未收到该笔支付，将以同一业务参考号重新发送。", transactionId, null, null, createdAt, lastSentAt, null, null);
    }

    /**
     * How long a payment that could not be sent waits before the next try: {@code first}, doubled with every send, at most
     * {@code longest}, so that a payment system that is down is not pressed.
     */
    public Duration backoff(Duration first, Duration longest) {
        int doublings = Math.min(Math.max(sendCount - 1, 0), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** The event of its final result: SubsidyDisbursed or SubsidyPaymentFailed, about the entitlement it paid. */
    public OutgoingEvent<?> completion(Entitlement entitlement) {
        if (!entitlement.id().equals(entitlementId())) {
            throw new IllegalArgumentException("the payment of " + entitlementId() + " does not complete " + entitlement.id());
        }
        return switch (status) {
            case SUCCEEDED -> SubsidyEvents.DISBURSED.about(entitlementId(), new SubsidyDisbursed(entitlement.id(), entitlement.brandId(),
                    entitlement.applicationId(), entitlement.orgId(), entitlement.unitName(), entitlement.brandName(), entitlement.level(),
                    order.amount().fen(), batchId, reference, transactionId, completedAt));
            case FAILED -> SubsidyEvents.PAYMENT_FAILED.about(entitlementId(), new SubsidyPaymentFailed(entitlement.id(), entitlement.brandId(),
                    entitlement.applicationId(), entitlement.orgId(), entitlement.unitName(), entitlement.brandName(), entitlement.level(),
                    order.amount().fen(), batchId, reference, failureCode, failureReason, completedAt));
            default -> throw new IllegalStateException("payment " + reference + " is not final but " + status);
        };
    }

    private Payment at(Instant next, String error) {
        return new Payment(id, reference, attempt, batchId, year, purpose, order, status, sendCount, next, clip(error, MAX_TEXT), transactionId, failureCode,
                failureReason, createdAt, lastSentAt, acceptedAt, completedAt);
    }

    private void requireStatus(PaymentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("payment " + reference + " is " + status + ", not " + expected);
        }
    }

    private static Instant completedAt(PaymentResult result, Instant now) {
        return result.completedAt() != null ? result.completedAt() : now;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static String orDefault(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}

package cn.dalian.laborbrand.subsidy.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;
import cn.dalian.laborbrand.subsidy.budget.BudgetService;
import cn.dalian.laborbrand.subsidy.entitlement.Entitlement;
import cn.dalian.laborbrand.subsidy.entitlement.EntitlementService;
import cn.dalian.laborbrand.subsidy.entitlement.EntitlementStatus;
import cn.dalian.laborbrand.subsidy.payment.PaymentSystemClient.Answered;
import cn.dalian.laborbrand.subsidy.payment.PaymentSystemClient.NeverReceived;
import cn.dalian.laborbrand.subsidy.payment.PaymentSystemClient.NoAnswer;
import cn.dalian.laborbrand.subsidy.payment.PaymentSystemClient.Reply;

/**
 * The payments of approved batches: queued with the approval, sent and asked for by the jobs (no transaction is open
 * while the payment system is called: a payment is taken in one short transaction, the answer recorded in another), and
 * ended by the payment system's result. A final result moves the entitlement and the budget and publishes its event in
 * one transaction, once, however often and in whatever order the result arrives.
 */
@Service
@EnableConfigurationProperties(PaymentProperties.class)
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final PaymentSystemClient paymentSystem;
    private final EntitlementService entitlements;
    private final BudgetService budgets;
    private final EventOutbox outbox;
    private final TransactionTemplate transactions;
    private final PaymentProperties properties;
    private final Clock clock;

    PaymentService(PaymentRepository payments, PaymentSystemClient paymentSystem, EntitlementService entitlements, BudgetService budgets,
            EventOutbox outbox, TransactionTemplate transactions, PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.paymentSystem = paymentSystem;
        this.entitlements = entitlements;
        this.budgets = budgets;
        this.outbox = outbox;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One payment per line of a batch just approved, in the approval's transaction, each to be sent at once: attempt 1, or
     * one more than the entitlement's earlier payments (all of which failed: the database refuses a second live one).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Payment> queue(UUID batchId, int year, String purpose, List<PaymentOrder> orders) {
        Instant now = clock.instant();
        return orders.stream().map(order -> {
            Payment payment = Payment.queue(UUID.randomUUID(), order, payments.nextAttempt(order.entitlementId()), batchId, year, purpose, now);
            payments.insert(payment);
            return payment;
        }).toList();
    }

    /** Sends the payments that are due, one after the other, at most a batch of them; how many it sent. */
    int sendDue() {
        int sent = 0;
        while (sent < properties.batchSize()) {
            Optional<Payment> taken = take(PaymentStatus.QUEUED, due -> due.sending(clock.instant(), properties.lease()));
            if (taken.isEmpty()) {
                break;
            }
            record(taken.get().id(), paymentSystem.send(taken.get()), true);
            sent++;
        }
        return sent;
    }

    /** Asks for the results of accepted payments whose callback has not come, at most a batch of them; how many it asked for. */
    int pollDue() {
        int asked = 0;
        while (asked < properties.batchSize()) {
            Optional<Payment> taken = take(PaymentStatus.ACCEPTED, due -> due.asking(clock.instant(), properties.lease()));
            if (taken.isEmpty()) {
                break;
            }
            record(taken.get().id(), paymentSystem.ask(taken.get().reference()), false);
            asked++;
        }
        return asked;
    }

    /**
     * The payment system's result, as its callback brings it. Taken once: a repeated, late or out-of-order notice changes
     * nothing.
     *
     * @throws PlatformException {@code PAYMENT_REFERENCE_UNKNOWN} for a reference never sent, {@code PAYMENT_AMOUNT_MISMATCH}
     *                           when the amount is not the one sent (nothing changes)
     */
    @Transactional
    public Payment takeResult(String reference, PaymentResult result) {
        Payment current = payments.lockByReference(reference).orElseThrow(() -> new PlatformException(PaymentProblem.PAYMENT_REFERENCE_UNKNOWN,
                "本平台未发出过业务参考号为 %s 的支付。".formatted(reference)).with("reference", reference));
        if (result.amountFen() != null && !current.hasAmount(result.amountFen())) {
            throw new PlatformException(PaymentProblem.PAYMENT_AMOUNT_MISMATCH, "支付结果通知的金额（%d 分）与本平台发出的金额（%d 分）不一致，未予受理。"
                    .formatted(result.amountFen(), current.order().amount().fen()))
                    .with("reference", reference).with("amountFen", current.order().amount().fen());
        }
        return apply(current, current.take(result, clock.instant(), properties.pollAfter()));
    }

    /**
     * Asks the payment system for the payment's result now (finance need not wait for the poller).
     *
     * @throws PlatformException 404 for an unknown payment, {@code PAYMENT_SYSTEM_UNAVAILABLE} when no answer comes
     */
    Payment checkNow(UUID id) {
        Payment payment = payments.find(id).orElseThrow(PaymentService::unknown);
        if (payment.status().isFinal()) {
            return payment;
        }
        Reply reply = paymentSystem.ask(payment.reference());
        if (reply instanceof NoAnswer(String reason)) {
            throw new PlatformException(PaymentProblem.PAYMENT_SYSTEM_UNAVAILABLE, reason);
        }
        return record(id, reply, false);
    }

    @Transactional(readOnly = true)
    Page<Payment> list(Optional<PaymentStatus> status, PageQuery page) {
        return payments.find(status, page);
    }

    /** The batch's payments by entitlement (one each: a batch pays each of its entitlements once). */
    @Transactional(readOnly = true)
    public Map<UUID, Payment> ofBatch(UUID batchId) {
        return payments.ofBatch(batchId).stream().collect(Collectors.toMap(Payment::entitlementId, Function.identity()));
    }

    /** How the payments of each batch stand. */
    @Transactional(readOnly = true)
    public Map<UUID, PaymentCounts> countsByBatch(Collection<UUID> batchIds) {
        Map<UUID, PaymentCounts> counts = new HashMap<>();
        payments.countsByBatch(batchIds).forEach((batchId, byStatus) -> counts.put(batchId, PaymentCounts.of(byStatus)));
        return counts;
    }

    /** The payment due longest in that status, taken for a call (the change committed before the call, so no transaction waits on it). */
    private Optional<Payment> take(PaymentStatus status, Function<Payment, Payment> taking) {
        return transactions.execute(transaction -> payments.claimDue(status, clock.instant()).map(due -> {
            Payment taken = taking.apply(due);
            payments.update(taken);
            return taken;
        }));
    }

    /** What the payment system replied, recorded on the payment as it stands now (a callback may have ended it meanwhile). */
    private Payment record(UUID id, Reply reply, boolean sent) {
        return transactions.execute(transaction -> {
            Payment current = payments.lock(id).orElseThrow(PaymentService::unknown);
            Instant now = clock.instant();
            Payment next = switch (reply) {
                case Answered(PaymentResult result) when result.amountFen() != null && !current.hasAmount(result.amountFen()) -> {
                    log.error("the payment system holds {} with {} fen, not {}", current.reference(), result.amountFen(), current.order().amount().fen());
                    yield current.deferred("支付系统答复的金额与本笔支付不一致，请运维人员核查。", now.plus(properties.retryLongest()));
                }
                case Answered(PaymentResult result) -> current.take(result, now, properties.pollAfter());
                case NeverReceived() when sent -> current.deferred("支付系统地址无效（HTTP 404），请运维人员核查。", now.plus(retryDelay(current)));
                case NeverReceived() -> current.unknownToPaymentSystem(now);
                case NoAnswer(String reason) -> current.deferred(reason, now.plus(current.status() == PaymentStatus.QUEUED
                        ? retryDelay(current) : properties.pollAfter()));
            };
            return apply(current, next);
        });
    }

    private Duration retryDelay(Payment payment) {
        return payment.backoff(properties.retryFirst(), properties.retryLongest());
    }

    /** The payment's new state; when it just became final, the entitlement, the budget and the event follow with it. */
    private Payment apply(Payment current, Payment next) {
        if (next.equals(current)) {
            return current;
        }
        payments.update(next);
        if (!current.status().isFinal() && next.status().isFinal()) {
            complete(next);
        }
        return next;
    }

    private void complete(Payment payment) {
        List<UUID> entitlement = List.of(payment.entitlementId());
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            entitlements.move(entitlement, EntitlementStatus.APPROVED, EntitlementStatus.DISBURSED);
            budgets.settle(payment.year(), payment.order().amount());
        } else {
            entitlements.move(entitlement, EntitlementStatus.APPROVED, EntitlementStatus.PAYMENT_FAILED);
            budgets.release(payment.year(), payment.order().amount());
        }
        Entitlement paid = entitlements.find(entitlement).getFirst();
        outbox.publish(payment.completion(paid));
        log.info("payment {} {}", payment.reference(), payment.status());
    }

    private static PlatformException unknown() {
        return PlatformException.notFound("该笔支付不存在。");
    }
}

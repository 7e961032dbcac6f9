package cn.dalian.laborbrand.subsidy.batch;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.subsidy.budget.BudgetService;
import cn.dalian.laborbrand.subsidy.entitlement.Entitlement;
import cn.dalian.laborbrand.subsidy.entitlement.EntitlementService;
import cn.dalian.laborbrand.subsidy.entitlement.EntitlementStatus;
import cn.dalian.laborbrand.subsidy.payment.PaymentService;

/** Payment batches under maker–checker: prepared by a finance clerk, approved or returned by another person, every step audited. */
@Service
public class BatchService {

    private final BatchRepository batches;
    private final EntitlementService entitlements;
    private final BudgetService budgets;
    private final PayeeAccounts payees;
    private final PaymentService payments;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BatchService(BatchRepository batches, EntitlementService entitlements, BudgetService budgets, PayeeAccounts payees, PaymentService payments,
            TransactionTemplate transactions, Clock clock) {
        this.batches = batches;
        this.entitlements = entitlements;
        this.budgets = budgets;
        this.payees = payees;
        this.payments = payments;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A batch of waiting entitlements (never paid, or their last payment failed), each paid to its unit's account as the unit's
     * profile gives it. Refused as a whole
     * (nothing written) when one is unknown, already in another batch, or its unit's account is missing, in another name or
     * cannot be read. The accounts are read before the transaction, so that no entitlement is held and no connection taken
     * while application-service answers; the entitlements are then held and checked again.
     */
    PaymentBatch prepare(int year, List<UUID> entitlementIds, String purpose, String clerk) {
        Set<UUID> ids = new LinkedHashSet<>(entitlementIds);
        Map<String, Optional<PayeeAccount>> accounts = new HashMap<>();
        requireWaiting(ids, entitlements.find(ids)).values().forEach(entitlement -> accounts.computeIfAbsent(entitlement.orgId(), payees::of));
        return transactions.execute(status -> {
            Map<UUID, Entitlement> held = requireWaiting(ids, entitlements.hold(ids));
            List<BatchLine> lines = ids.stream()
                    .map(held::get)
                    .map(entitlement -> BatchLine.of(entitlement, accounts.computeIfAbsent(entitlement.orgId(), payees::of)))
                    .toList();
            PaymentBatch batch = PaymentBatch.prepare(UUID.randomUUID(), year, purpose, lines, clerk, clock.instant());
            try {
                batches.insert(batch);
            } catch (DuplicateKeyException raced) {
                throw inAnotherBatch(List.copyOf(ids));
            }
            batches.record(batch.id(), new BatchStep(BatchStatus.PREPARED, clerk, Role.FINANCE_CLERK, batch.preparedAt(), null));
            entitlements.move(ids, EntitlementStatus.AWAITING_BATCH, EntitlementStatus.PREPARED);
            return batch;
        });
    }

    /** The entitlements by id, when every one exists and waits for a batch (a first one, or another after a failed payment); else the refusal naming those that do not. */
    private static Map<UUID, Entitlement> requireWaiting(Set<UUID> ids, List<Entitlement> found) {
        Map<UUID, Entitlement> byId = new HashMap<>();
        found.forEach(entitlement -> byId.put(entitlement.id(), entitlement));
        List<UUID> unknown = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new PlatformException(BatchProblem.ENTITLEMENT_NOT_FOUND).with("entitlementIds", unknown);
        }
        List<UUID> taken = found.stream().filter(entitlement -> !EntitlementStatus.AWAITING_BATCH.contains(entitlement.status()))
                .map(Entitlement::id).toList();
        if (!taken.isEmpty()) {
            throw inAnotherBatch(taken);
        }
        return byId;
    }

    /**
     * Approved by someone other than the clerk, its total reserved against the year's budget and a payment queued for each
     * line, all in the same transaction.
     */
    @Transactional
    PaymentBatch approve(UUID id, String approver) {
        PaymentBatch approved = lock(id).approve(approver, clock.instant());
        budgets.reserve(approved.year(), approved.total());
        batches.decide(approved);
        batches.record(id, new BatchStep(BatchStatus.APPROVED, approver, Role.FINANCE_APPROVER, approved.decidedAt(), null));
        entitlements.move(entitlementIds(approved), EntitlementStatus.PREPARED, EntitlementStatus.APPROVED);
        payments.queue(approved.id(), approved.year(), approved.purpose(), approved.lines().stream().map(BatchLine::order).toList());
        return approved;
    }

    /** Returned by someone other than the clerk, with the reason; its entitlements wait for another batch. */
    @Transactional
    PaymentBatch returnBatch(UUID id, String reason, String approver) {
        PaymentBatch returned = lock(id).returnWith(reason, approver, clock.instant());
        batches.decide(returned);
        batches.record(id, new BatchStep(BatchStatus.RETURNED, approver, Role.FINANCE_APPROVER, returned.decidedAt(), returned.returnReason()));
        entitlements.move(entitlementIds(returned), EntitlementStatus.PREPARED, EntitlementStatus.CREATED);
        return returned;
    }

    /** The batch with its lines (the payees' full account numbers: mask them wherever they are shown). */
    @Transactional(readOnly = true)
    public PaymentBatch get(UUID id) {
        return batches.find(id).orElseThrow(BatchService::unknown);
    }

    /** Every batch of the budget year with its lines, whatever its status, in the order they were prepared. */
    @Transactional(readOnly = true)
    public List<PaymentBatch> ofYear(int year) {
        return batches.findByYear(year);
    }

    @Transactional(readOnly = true)
    List<BatchStep> trail(UUID id) {
        return batches.trail(id);
    }

    @Transactional(readOnly = true)
    Page<PaymentBatch> list(Optional<BatchStatus> status, PageQuery page) {
        return batches.find(status, page);
    }

    @Transactional(readOnly = true)
    Map<UUID, Integer> lineCounts(List<UUID> batchIds) {
        return batches.lineCounts(batchIds);
    }

    private PaymentBatch lock(UUID id) {
        return batches.lock(id).orElseThrow(BatchService::unknown);
    }

    private static List<UUID> entitlementIds(PaymentBatch batch) {
        return batch.lines().stream().map(BatchLine::entitlementId).toList();
    }

    private static PlatformException inAnotherBatch(List<UUID> ids) {
        return new PlatformException(BatchProblem.ENTITLEMENT_IN_ANOTHER_BATCH).with("entitlementIds", ids);
    }

    private static PlatformException unknown() {
        return PlatformException.notFound("支付批次不存在。");
    }
}

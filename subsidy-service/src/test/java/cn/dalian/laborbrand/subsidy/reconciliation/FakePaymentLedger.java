package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stands in for the payment module's ledger: answers the payments put in, as the real one answers from its table. */
public class FakePaymentLedger implements PaymentLedger {

    public final List<LedgerPayment> payments = new CopyOnWriteArrayList<>();

    /**
     * When set, each read of a day's payments waits here for the others: imports held until all have read the day as it
     * stood, so that they race to write it.
     */
    public volatile CyclicBarrier meeting;

    @Override
    public List<LedgerPayment> byReferences(Collection<String> references) {
        return payments.stream().filter(payment -> references.contains(payment.reference())).toList();
    }

    @Override
    public List<LedgerPayment> succeededBetween(Instant from, Instant until) {
        awaitTheOthers();
        return payments.stream()
                .filter(payment -> payment.status() == LedgerPayment.Status.SUCCEEDED)
                .filter(payment -> !payment.completedAt().isBefore(from) && payment.completedAt().isBefore(until))
                .toList();
    }

    @Override
    public List<LedgerPayment> byEntitlements(Collection<UUID> entitlementIds) {
        return payments.stream().filter(payment -> entitlementIds.contains(payment.entitlementId())).toList();
    }

    private void awaitTheOthers() {
        CyclicBarrier barrier = meeting;
        if (barrier == null) {
            return;
        }
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other imports never came", e);
        }
    }
}

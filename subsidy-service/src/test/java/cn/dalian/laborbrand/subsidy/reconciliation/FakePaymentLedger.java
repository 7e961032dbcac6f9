package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the payment module's ledger: answers the payments put in, as the real one answers from its table. */
public class FakePaymentLedger implements PaymentLedger {

    public final List<LedgerPayment> payments = new CopyOnWriteArrayList<>();

    @Override
    public List<LedgerPayment> byReferences(Collection<String> references) {
        return payments.stream().filter(payment -> references.contains(payment.reference())).toList();
    }

    @Override
    public List<LedgerPayment> succeededBetween(Instant from, Instant until) {
        return payments.stream()
                .filter(payment -> payment.status() == LedgerPayment.Status.SUCCEEDED)
                .filter(payment -> !payment.completedAt().isBefore(from) && payment.completedAt().isBefore(until))
                .toList();
    }

    @Override
    public List<LedgerPayment> byEntitlements(Collection<UUID> entitlementIds) {
        return payments.stream().filter(payment -> entitlementIds.contains(payment.entitlementId())).toList();
    }
}

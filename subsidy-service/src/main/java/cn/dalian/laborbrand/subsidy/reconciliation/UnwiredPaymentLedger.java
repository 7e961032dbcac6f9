package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Stands where the payment module's {@link PaymentLedger} belongs until that module provides it: every read is refused
 * (503 {@code PAYMENT_LEDGER_UNAVAILABLE}), so that no statement is ever matched against an empty ledger. Delete this
 * class when the payment module's adapter is added; two ledgers make the context fail to start, as a reminder.
 */
@Component
class UnwiredPaymentLedger implements PaymentLedger {

    @Override
    public List<LedgerPayment> byReferences(Collection<String> references) {
        throw unwired();
    }

    @Override
    public List<LedgerPayment> succeededBetween(Instant from, Instant until) {
        throw unwired();
    }

    @Override
    public List<LedgerPayment> byEntitlements(Collection<UUID> entitlementIds) {
        throw unwired();
    }

    private static PlatformException unwired() {
        return new PlatformException(ReconciliationProblem.PAYMENT_LEDGER_UNAVAILABLE);
    }
}

package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The platform's payments (sent to the payment system, one per entitlement and attempt), as reconciliation and the
 * exports read them. Implemented by the payment module, on its own table; every method answers what is stored now,
 * in no particular order, and an empty list when nothing matches.
 */
public interface PaymentLedger {

    /** The payments with these references ({@code <entitlement id>:<attempt>}), whatever their status; unknown ones are left out. */
    List<LedgerPayment> byReferences(Collection<String> references);

    /**
     * The payments that SUCCEEDED with {@code completedAt} in {@code [from, until)}: reconciliation asks for one day in
     * Beijing time, whose bounds it computes.
     */
    List<LedgerPayment> succeededBetween(Instant from, Instant until);

    /** Every payment (every attempt, whatever its status) of these entitlements. */
    List<LedgerPayment> byEntitlements(Collection<UUID> entitlementIds);
}

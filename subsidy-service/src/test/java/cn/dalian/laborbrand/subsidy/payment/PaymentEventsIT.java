package cn.dalian.laborbrand.subsidy.payment;

import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.platform.test.OutboxContract;

/** Subsidy publishes SubsidyDisbursed through the outbox, with the payment's result, and only when that commits. */
class PaymentEventsIT extends AbstractPaymentIT implements OutboxContract {

    @Autowired
    PaymentService payments;

    @Autowired
    TransactionTemplate transaction;

    @Override
    public EventDefinition<?> publishedEvent() {
        return SubsidyEvents.DISBURSED;
    }

    @Override
    public String changeStateAndCommit() {
        UUID entitlement = paidEntitlement();
        payments.takeResult(entitlement + ":1", success());
        return entitlement.toString();
    }

    @Override
    public void changeStateThenRollBack() {
        UUID entitlement = paidEntitlement();
        transaction.executeWithoutResult(status -> {
            payments.takeResult(entitlement + ":1", success());
            throw new IllegalStateException("the payment's result could not be completed");
        });
    }

    /** An entitlement in an approved batch, its payment queued. */
    private UUID paidEntitlement() {
        acceptingPayments();
        UUID entitlement = entitlement("CITY", 5_000_000);
        approvedBatch(entitlement);
        return entitlement;
    }

    private static PaymentResult success() {
        return new PaymentResult(PaymentStatus.SUCCEEDED, "DLBK20261201000123", 5_000_000L, null, null, null, Instant.now());
    }
}

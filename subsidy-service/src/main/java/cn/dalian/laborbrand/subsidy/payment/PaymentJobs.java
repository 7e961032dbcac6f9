package cn.dalian.laborbrand.subsidy.payment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sender and the poller. Any number of instances may run them: a payment is taken with {@code FOR UPDATE SKIP LOCKED}
 * and left to its taker for the lease, so two instances never call about one payment at once.
 */
@Component
@ConditionalOnBooleanProperty(name = "laborbrand.subsidy.payment.jobs-enabled", matchIfMissing = true)
class PaymentJobs {

    private final PaymentService payments;

    PaymentJobs(PaymentService payments) {
        this.payments = payments;
    }

    @Scheduled(fixedDelayString = "${laborbrand.subsidy.payment.send-interval:2s}", initialDelayString = "${laborbrand.subsidy.payment.send-interval:2s}")
    void send() {
        payments.sendDue();
    }

    /** Accepted payments whose callback has not come after {@code poll-after}; looked for as often as the sender runs. */
    @Scheduled(fixedDelayString = "${laborbrand.subsidy.payment.send-interval:2s}", initialDelayString = "${laborbrand.subsidy.payment.send-interval:2s}")
    void poll() {
        payments.pollDue();
    }
}

package cn.dalian.laborbrand.paymentsimulator.settlement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.dalian.laborbrand.paymentsimulator.callback.CallbackClient;
import cn.dalian.laborbrand.paymentsimulator.callback.CallbackClient.Delivery;
import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentBook;

/**
 * What happens after a payment is accepted: it settles once its delay is over, then its result notice is delivered
 * to its callbackUrl, again after 1, 2, 4 and 8 back-off periods until one delivery is acknowledged (five attempts
 * in all; after that the platform has to poll). {@link #resume()} picks up after a restart whatever the journal shows
 * unfinished. Notices can be held back ({@link #holdCallbacks}) so that the platform must poll; released, they go out.
 */
public final class Settlements implements AutoCloseable {

    /** Deliveries of one notice, the first included. */
    public static final int CALLBACK_ATTEMPTS = 5;
    private static final System.Logger LOG = System.getLogger(Settlements.class.getName());

    private final PaymentBook book;
    private final CallbackClient callbacks;
    private final Duration settleDelay;
    private final Duration backoff;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("settlement-timer").daemon().factory());
    /** Deliveries wait on the network: each on a thread of its own, so that one slow receiver holds up nothing else. */
    private final ExecutorService deliveries = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("callback-", 1).factory());
    private final Set<String> held = new LinkedHashSet<>();
    private boolean holding;

    public Settlements(PaymentBook book, CallbackClient callbacks, Duration settleDelay, Duration backoff, Clock clock) {
        this.book = book;
        this.callbacks = callbacks;
        this.settleDelay = settleDelay;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** After a start: settles the accepted payments (at once if their delay is over) and delivers the notices still owed. */
    public void resume() {
        Instant now = clock.instant();
        for (Payment payment : book.all()) {
            if (!payment.status().isFinal()) {
                Duration left = Duration.between(now, payment.acceptedAt().plus(settleDelay));
                later(left.isNegative() ? Duration.ZERO : left, () -> settle(payment.reference()));
            } else if (payment.awaitsCallback(CALLBACK_ATTEMPTS)) {
                deliverOrHold(payment.reference());
            }
        }
    }

    /** A new payment: it settles after the configured delay. */
    public void accepted(Payment payment) {
        later(settleDelay, () -> settle(payment.reference()));
    }

    /** Holds back (true) or releases (false) every result notice; released ones go out at once. */
    public synchronized int holdCallbacks(boolean hold) {
        holding = hold;
        if (!hold) {
            held.forEach(reference -> deliveries.execute(guarded(() -> deliver(reference))));
            held.clear();
        }
        return held.size();
    }

    public synchronized boolean callbacksHeld() {
        return holding;
    }

    /** Notices waiting for the hold to end. */
    public synchronized int heldCallbacks() {
        return held.size();
    }

    /** Delivers a settled payment's notice once more (a duplicate, as real payment systems send them); empty if not settled. */
    public Optional<Delivery> deliverAgain(String reference) {
        Optional<Payment> payment = book.find(reference).filter(found -> found.status().isFinal());
        return payment.map(settled -> {
            Delivery delivery = callbacks.deliver(settled);
            book.callbackAnswered(reference, delivery.acknowledged(), delivery.answer());
            return delivery;
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        deliveries.shutdownNow();
    }

    private void settle(String reference) {
        book.settle(reference).ifPresent(payment -> {
            LOG.log(System.Logger.Level.INFO, "settled {0} ({1}): {2}{3}", reference, payment.transactionId(), payment.status(),
                    payment.failureCode() == null ? "" : " " + payment.failureCode() + " " + payment.failureReason());
            deliverOrHold(reference);
        });
    }

    private synchronized void deliverOrHold(String reference) {
        if (holding) {
            held.add(reference);
        } else {
            deliveries.execute(guarded(() -> deliver(reference)));
        }
    }

    private void deliver(String reference) {
        Payment payment = book.find(reference).orElseThrow();
        if (!payment.awaitsCallback(CALLBACK_ATTEMPTS)) {
            return;
        }
        Delivery delivery = callbacks.deliver(payment);
        Payment after = book.callbackAnswered(reference, delivery.acknowledged(), delivery.answer());
        LOG.log(System.Logger.Level.INFO, "callback {0} of {1} to {2}: {3}", after.callbacksSent(), reference, payment.request().callbackUrl(),
                delivery.answer());
        if (after.awaitsCallback(CALLBACK_ATTEMPTS)) {
            later(backoff.multipliedBy(1L << (after.callbacksSent() - 1)), () -> deliverOrHold(reference));
        }
    }

    private void later(Duration delay, Runnable task) {
        timer.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failing task (the journal's disk full, say) is logged; the executors would swallow it. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "settlement task failed", e);
            }
        };
    }
}

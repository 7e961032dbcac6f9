package cn.dalian.laborbrand.paymentsimulator.payment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.dalian.laborbrand.simulatorkit.journal.Journal;
import cn.dalian.laborbrand.paymentsimulator.payment.JournalEntry.Accepted;
import cn.dalian.laborbrand.paymentsimulator.payment.JournalEntry.CallbackAnswered;
import cn.dalian.laborbrand.paymentsimulator.payment.JournalEntry.Conflicted;
import cn.dalian.laborbrand.paymentsimulator.payment.JournalEntry.Replayed;
import cn.dalian.laborbrand.paymentsimulator.payment.JournalEntry.Settled;
import tools.jackson.databind.ObjectMapper;

/**
 * Every payment the simulator ever accepted, rebuilt from its journal at start. Each change is journalled first
 * (forced to disk), then applied, all under one lock: what was answered is on disk, and the journal's order is the
 * order of the changes. A reference is accepted once; the same reference again is a replay (same content) or a
 * conflict (other content), never a second payment.
 */
public final class PaymentBook implements AutoCloseable {

    public enum Outcome { ACCEPTED, REPLAYED, CONFLICT }

    /** What a {@code POST /v1/payments} did, with the payment as it stands afterwards. */
    public record Acceptance(Outcome outcome, Payment payment) {
    }

    private final Journal<JournalEntry> journal;
    private final Clock clock;
    private final Map<String, Payment> payments = new LinkedHashMap<>();

    private PaymentBook(Journal<JournalEntry> journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
        journal.recorded().forEach(this::apply);
    }

    public static PaymentBook open(Path file, ObjectMapper mapper, Clock clock) throws IOException {
        return new PaymentBook(Journal.open(file, JournalEntry.class, mapper), clock);
    }

    public Path journalFile() {
        return journal.file();
    }

    /** Accepts a valid request (see {@link PaymentRequest#refusal}) as a new payment, a replay or a conflict. */
    public synchronized Acceptance accept(PaymentRequest request) {
        Instant now = now();
        Payment existing = payments.get(request.reference());
        if (existing == null) {
            String transactionId = TransactionIds.of(now, payments.size() + 1L);
            record(new Accepted(request.reference(), transactionId, now, request));
            return new Acceptance(Outcome.ACCEPTED, payments.get(request.reference()));
        }
        if (existing.request().equals(request)) {
            record(new Replayed(request.reference(), now));
            return new Acceptance(Outcome.REPLAYED, payments.get(request.reference()));
        }
        record(new Conflicted(request.reference(), now));
        return new Acceptance(Outcome.CONFLICT, payments.get(request.reference()));
    }

    public synchronized Optional<Payment> find(String reference) {
        return Optional.ofNullable(payments.get(reference));
    }

    /** In the order they were accepted. */
    public synchronized List<Payment> all() {
        return List.copyOf(payments.values());
    }

    /** Settles an accepted payment by {@link Settlement#of}; empty when it is unknown or settled already (it settles once). */
    public synchronized Optional<Payment> settle(String reference) {
        Payment payment = payments.get(reference);
        if (payment == null || payment.status().isFinal()) {
            return Optional.empty();
        }
        Settlement settlement = Settlement.of(payment.request());
        record(new Settled(reference, settlement.status(), settlement.failureCode(), settlement.failureReason(), now(),
                UUID.randomUUID().toString()));
        return Optional.of(payments.get(reference));
    }

    /** Counts one delivery of a payment's result notice: acknowledged (2xx) or not. */
    public synchronized Payment callbackAnswered(String reference, boolean acknowledged, String answer) {
        if (!payments.containsKey(reference)) {
            throw new IllegalArgumentException("no payment " + reference);
        }
        record(new CallbackAnswered(reference, now(), acknowledged, answer));
        return payments.get(reference);
    }

    @Override
    public synchronized void close() throws IOException {
        journal.close();
    }

    private void record(JournalEntry entry) {
        journal.append(entry);
        apply(entry);
    }

    private void apply(JournalEntry entry) {
        String reference = entry.reference();
        switch (entry) {
            case Accepted accepted -> payments.put(reference, Payment.accepted(accepted.request(), accepted.transactionId(), accepted.at()));
            case Replayed replayed -> payments.computeIfPresent(reference, (key, payment) -> payment.replayed());
            case Conflicted conflicted -> payments.computeIfPresent(reference, (key, payment) -> payment.conflicted());
            case Settled settled -> payments.computeIfPresent(reference, (key, payment) -> payment.settled(
                    new Settlement(settled.status(), settled.failureCode(), settled.failureReason()), settled.at(), settled.notificationId()));
            case CallbackAnswered answered -> payments.computeIfPresent(reference, (key, payment) -> payment.callbackAnswered(answered.acknowledged()));
        }
    }

    /** Whole seconds: what the statement and the answers show. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}

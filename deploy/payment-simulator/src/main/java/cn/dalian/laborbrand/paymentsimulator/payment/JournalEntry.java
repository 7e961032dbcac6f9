package cn.dalian.laborbrand.paymentsimulator.payment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One line of the payment journal: a fact, written (and forced to disk) before anyone is told of it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = JournalEntry.Accepted.class, name = "ACCEPTED"),
        @JsonSubTypes.Type(value = JournalEntry.Replayed.class, name = "REPLAYED"),
        @JsonSubTypes.Type(value = JournalEntry.Conflicted.class, name = "CONFLICTED"),
        @JsonSubTypes.Type(value = JournalEntry.Settled.class, name = "SETTLED"),
        @JsonSubTypes.Type(value = JournalEntry.CallbackAnswered.class, name = "CALLBACK")})
sealed interface JournalEntry {

    String reference();

    record Accepted(String reference, String transactionId, Instant at, PaymentRequest request) implements JournalEntry {
    }

    record Replayed(String reference, Instant at) implements JournalEntry {
    }

    record Conflicted(String reference, Instant at) implements JournalEntry {
    }

    record Settled(String reference, PaymentStatus status, String failureCode, String failureReason, Instant at, String notificationId)
            implements JournalEntry {
    }

    /** @param answer what the receiver answered ({@code HTTP 204}) or why nothing came back */
    record CallbackAnswered(String reference, Instant at, boolean acknowledged, String answer) implements JournalEntry {
    }
}

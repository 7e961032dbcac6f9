package cn.dalian.laborbrand.smssimulator.message;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One line of the message journal: a fact, written (and forced to disk) before the caller is answered. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = JournalEntry.Accepted.class, name = "ACCEPTED"),
        @JsonSubTypes.Type(value = JournalEntry.Repeated.class, name = "REPEATED")})
sealed interface JournalEntry {

    String requestId();

    record Accepted(String requestId, String messageId, int segments, Instant at, SmsRequest request) implements JournalEntry {
    }

    /** The same request again, answered with the message it already is. */
    record Repeated(String requestId, Instant at) implements JournalEntry {
    }
}

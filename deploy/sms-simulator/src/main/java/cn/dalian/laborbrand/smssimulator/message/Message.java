package cn.dalian.laborbrand.smssimulator.message;

import java.time.Duration;
import java.time.Instant;

/**
 * One message the gateway accepted, with how many repeated POSTs of its requestId it answered without sending again.
 */
public record Message(SmsRequest request, String messageId, int segments, Instant acceptedAt, int duplicates) {

    /** How long after acceptance the simulated carrier reports the message delivered to the handset. */
    public static final Duration DELIVERY = Duration.ofSeconds(2);

    public enum Status { ACCEPTED, DELIVERED }

    public String requestId() {
        return request.requestId();
    }

    public String phoneNumber() {
        return request.phoneNumber();
    }

    public Status statusAt(Instant now) {
        return now.isBefore(acceptedAt.plus(DELIVERY)) ? Status.ACCEPTED : Status.DELIVERED;
    }

    Message repeated() {
        return new Message(request, messageId, segments, acceptedAt, duplicates + 1);
    }
}

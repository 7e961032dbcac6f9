package cn.dalian.laborbrand.notification.channels;

import java.time.Duration;

/** How one attempt to send ended: what the provider said ({@code providerStatus}, {@code providerAnswer}) and what it means. */
public sealed interface SendResult {

    String providerStatus();

    String providerAnswer();

    /** Accepted: an SMTP server took the message, or the SMS gateway accepted it (its message id). */
    record Sent(String providerStatus, String providerAnswer, String messageId) implements SendResult {
    }

    /** Not now (unreachable, timed out, 5xx, 429, SMTP 4xx, breaker open): tried again later, not before {@code retryAfter} if given. */
    record Transient(String providerStatus, String providerAnswer, String reason, Duration retryAfter) implements SendResult {
    }

    /** Never (malformed address, a 4xx refusal, a recipient rejected, a text too long): failed at once, with a stable code. */
    record Permanent(String providerStatus, String providerAnswer, String code, String reason) implements SendResult {
    }
}

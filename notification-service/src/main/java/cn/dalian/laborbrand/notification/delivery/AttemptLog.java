package cn.dalian.laborbrand.notification.delivery;

import java.time.Instant;

/**
 * One attempt to send a delivery.
 *
 * @param outcome        SENT, RETRY (tried again later) or FAILED
 * @param providerStatus the HTTP status and code, or the SMTP reply, or null when nothing was sent (e.g. a malformed address)
 * @param providerAnswer what the provider said, else our reason
 */
public record AttemptLog(Instant attemptedAt, String outcome, String providerStatus, String providerAnswer, long durationMillis) {
}

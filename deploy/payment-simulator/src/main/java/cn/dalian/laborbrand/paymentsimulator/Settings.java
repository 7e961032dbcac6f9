package cn.dalian.laborbrand.paymentsimulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The simulator's configuration, from environment variables like the services'.
 *
 * @param settleDelay     how long after acceptance a payment settles ({@code PAYMENT_SIMULATOR_SETTLE_DELAY}, ISO-8601)
 * @param callbackBackoff the wait before the second delivery of a notice, doubled before each further one
 * @param journal         the payment journal; relative to the working directory (the launcher's {@code apps/payment-simulator})
 */
public record Settings(String host, int port, String merchantId, String secret, Duration settleDelay, Duration callbackBackoff,
        Path journal) {

    /** The merchant id of the labour-brand platform at the payment system (fixed by the interface). */
    public static final String MERCHANT_ID = "dalian-hrss-laborbrand";
    /** The demo and test value of the shared secret; the launcher passes it to both sides. */
    public static final String DEMO_SECRET = "payment-demo-secret-2026";

    public static Settings fromEnvironment(Map<String, String> environment) {
        return new Settings(environment.getOrDefault("SERVER_ADDRESS", "127.0.0.1"),
                port(environment.getOrDefault("SERVER_PORT", "8090")),
                MERCHANT_ID,
                environment.getOrDefault("PAYMENT_SYSTEM_SECRET", DEMO_SECRET),
                duration(environment, "PAYMENT_SIMULATOR_SETTLE_DELAY", "PT2S"),
                duration(environment, "PAYMENT_SIMULATOR_CALLBACK_BACKOFF", "PT2S"),
                Path.of(environment.getOrDefault("PAYMENT_SIMULATOR_JOURNAL", "payment-journal.jsonl")));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("SERVER_PORT must be a port number, not '" + value + "'");
    }

    private static Duration duration(Map<String, String> environment, String variable, String fallback) {
        String value = environment.getOrDefault(variable, fallback);
        try {
            Duration duration = Duration.parse(value);
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(variable + " must be an ISO-8601 duration such as PT2S, not '" + value + "'");
    }
}

package cn.dalian.laborbrand.paymentsimulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import cn.dalian.laborbrand.simulatorkit.Environment;

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

    public static Settings fromEnvironment(Map<String, String> variables) {
        Environment environment = new Environment(variables);
        return new Settings(environment.host(),
                environment.port(8090),
                MERCHANT_ID,
                environment.text("PAYMENT_SYSTEM_SECRET", DEMO_SECRET),
                environment.duration("PAYMENT_SIMULATOR_SETTLE_DELAY", "PT2S"),
                environment.duration("PAYMENT_SIMULATOR_CALLBACK_BACKOFF", "PT2S"),
                Path.of(environment.text("PAYMENT_SIMULATOR_JOURNAL", "payment-journal.jsonl")));
    }
}

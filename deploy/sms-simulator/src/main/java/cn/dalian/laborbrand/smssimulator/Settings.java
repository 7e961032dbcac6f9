package cn.dalian.laborbrand.smssimulator;

import java.nio.file.Path;
import java.util.Map;

/**
 * The simulator's configuration, from environment variables like the services'.
 *
 * @param appId    the platform's app id at the gateway ({@code SMS_GATEWAY_APP_ID})
 * @param secret   the shared secret requests are signed with ({@code SMS_GATEWAY_SECRET})
 * @param signName the one sign name (签名) the platform registered ({@code SMS_SIGN_NAME}), shown as 【大连人社】
 * @param journal  the message journal; relative to the working directory (the launcher's {@code apps/sms-simulator})
 */
public record Settings(String host, int port, String appId, String secret, String signName, Path journal) {

    /** The demo and test values; the launcher passes the same to notification-service. */
    public static final String DEMO_APP_ID = "dalian-hrss-laborbrand";
    public static final String DEMO_SECRET = "sms-demo-secret-2026";
    public static final String DEMO_SIGN_NAME = "大连人社";

    public static Settings fromEnvironment(Map<String, String> environment) {
        return new Settings(environment.getOrDefault("SERVER_ADDRESS", "127.0.0.1"),
                port(environment.getOrDefault("SERVER_PORT", "8091")),
                text(environment, "SMS_GATEWAY_APP_ID", DEMO_APP_ID),
                text(environment, "SMS_GATEWAY_SECRET", DEMO_SECRET),
                text(environment, "SMS_SIGN_NAME", DEMO_SIGN_NAME),
                Path.of(environment.getOrDefault("SMS_SIMULATOR_JOURNAL", "sms-journal.jsonl")));
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

    private static String text(Map<String, String> environment, String variable, String fallback) {
        String value = environment.getOrDefault(variable, fallback);
        if (value.isBlank()) {
            throw new IllegalArgumentException(variable + " must not be empty");
        }
        return value;
    }
}

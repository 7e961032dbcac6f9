package cn.dalian.laborbrand.smssimulator;

import java.nio.file.Path;
import java.util.Map;

import cn.dalian.laborbrand.simulatorkit.Environment;

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

    public static Settings fromEnvironment(Map<String, String> variables) {
        Environment environment = new Environment(variables);
        return new Settings(environment.host(),
                environment.port(8091),
                environment.nonBlank("SMS_GATEWAY_APP_ID", DEMO_APP_ID),
                environment.nonBlank("SMS_GATEWAY_SECRET", DEMO_SECRET),
                environment.nonBlank("SMS_SIGN_NAME", DEMO_SIGN_NAME),
                Path.of(environment.text("SMS_SIMULATOR_JOURNAL", "sms-journal.jsonl")));
    }
}

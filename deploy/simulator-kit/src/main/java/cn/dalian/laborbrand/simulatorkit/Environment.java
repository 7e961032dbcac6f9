package cn.dalian.laborbrand.simulatorkit;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A simulator's settings from environment variables, like the services' ({@code SERVER_ADDRESS}, {@code SERVER_PORT}).
 * A value that cannot be right stops the start with an {@link IllegalArgumentException} naming the variable.
 */
public final class Environment {

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = variables;
    }

    /** {@code SERVER_ADDRESS}, 127.0.0.1 unless set: the embedded run keeps the unsigned operator endpoints local. */
    public String host() {
        return variables.getOrDefault("SERVER_ADDRESS", "127.0.0.1");
    }

    /** {@code SERVER_PORT}, or the simulator's own port. */
    public int port(int fallback) {
        String value = variables.getOrDefault("SERVER_PORT", Integer.toString(fallback));
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

    public String text(String variable, String fallback) {
        return variables.getOrDefault(variable, fallback);
    }

    /** Text that must not be blank when set (an app id, a secret). */
    public String nonBlank(String variable, String fallback) {
        String value = text(variable, fallback);
        if (value.isBlank()) {
            throw new IllegalArgumentException(variable + " must not be empty");
        }
        return value;
    }

    /** An ISO-8601 duration that is not negative. */
    public Duration duration(String variable, String fallback) {
        String value = text(variable, fallback);
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

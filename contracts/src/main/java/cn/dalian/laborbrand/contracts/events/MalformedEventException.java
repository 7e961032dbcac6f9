package cn.dalian.laborbrand.contracts.events;

/**
 * A message that is not an event this consumer can read: not JSON, not an envelope, another type,
 * an unknown schema version, or a payload its schema rejects. Retrying cannot help: it goes to the
 * dead-letter topic at once, with this message as the reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

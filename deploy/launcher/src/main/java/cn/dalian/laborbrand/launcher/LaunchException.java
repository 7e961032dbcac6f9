package cn.dalian.laborbrand.launcher;

/** A start that cannot go on; the message is meant for the person at the terminal, so it says what to do. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}

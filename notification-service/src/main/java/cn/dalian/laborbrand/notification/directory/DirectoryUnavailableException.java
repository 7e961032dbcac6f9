package cn.dalian.laborbrand.notification.directory;

/** Keycloak could not say who holds a role or works in a district now: the caller tries again later, nothing is lost. */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

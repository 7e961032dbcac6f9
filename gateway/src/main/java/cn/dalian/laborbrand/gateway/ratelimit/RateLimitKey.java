package cn.dalian.laborbrand.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Whose bucket a request draws from: the client's address until its token is verified, then the token's subject (so
 * that one user behind a shared office address does not starve colleagues).
 */
public final class RateLimitKey {

    private RateLimitKey() {
    }

    /**
     * The bucket of a verified token's subject; none for a token without one (null or blank), whose request stays
     * charged to its address: otherwise every such token, whoever holds it, would share the one bucket {@code sub:}.
     */
    public static Optional<String> ofSubject(String subject) {
        return subject == null || subject.isBlank() ? Optional.empty() : Optional.of("sub:" + subject);
    }

    /**
     * The address the gateway's connection comes from: never a header the client wrote (X-Forwarded-For), unless a
     * proxy in front is trusted through {@code server.forward-headers-strategy}, which rewrites the remote address.
     */
    public static String ofAddress(InetSocketAddress remoteAddress) {
        if (remoteAddress == null) {
            return "ip:unknown";
        }
        // the address, not the host name: no DNS look-up, and one bucket per address whatever it resolves to
        return "ip:" + (remoteAddress.getAddress() != null ? remoteAddress.getAddress().getHostAddress() : remoteAddress.getHostString());
    }
}

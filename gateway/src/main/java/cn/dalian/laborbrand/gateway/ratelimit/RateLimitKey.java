package cn.dalian.laborbrand.gateway.ratelimit;

import java.net.InetSocketAddress;

/**
 * Whose bucket a request draws from: the client's address until its token is verified, then the token's subject (so
 * that one user behind a shared office address does not starve colleagues).
 */
public final class RateLimitKey {

    private RateLimitKey() {
    }

    public static String ofSubject(String subject) {
        return "sub:" + subject;
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

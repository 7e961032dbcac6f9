package cn.dalian.laborbrand.gateway.ratelimit;

import java.net.InetSocketAddress;

/**
 * Whose bucket a request draws from: the token's subject when the caller is signed in (so that one
 * user behind a shared office address does not starve colleagues), otherwise the client's address.
 */
public final class RateLimitKey {

    private RateLimitKey() {
    }

    public static String of(String subject, InetSocketAddress remoteAddress) {
        if (subject != null && !subject.isBlank()) {
            return "sub:" + subject;
        }
        if (remoteAddress == null) {
            return "ip:unknown";
        }
        // the address, not the host name: no DNS look-up, and one bucket per address whatever it resolves to
        return "ip:" + (remoteAddress.getAddress() != null ? remoteAddress.getAddress().getHostAddress() : remoteAddress.getHostString());
    }
}

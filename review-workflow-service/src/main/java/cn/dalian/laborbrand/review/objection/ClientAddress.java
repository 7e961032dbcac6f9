package cn.dalian.laborbrand.review.objection;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The address of the client behind the platform's own proxies. The gateway appends the address it was called from to
 * {@code X-Forwarded-For}; a client can put anything before it, so the entry counted from the right, one per proxy of
 * ours ({@code proxyHops}: 1 for the gateway alone), is the one to trust. Without the header, the caller itself.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(Collection<String> forwardedFor, String remoteAddress, int proxyHops) {
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        if (hops.isEmpty()) {
            return remoteAddress;
        }
        return hops.get(Math.max(0, hops.size() - proxyHops));
    }
}

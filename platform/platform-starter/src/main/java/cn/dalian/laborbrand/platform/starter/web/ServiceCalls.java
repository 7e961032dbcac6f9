package cn.dalian.laborbrand.platform.starter.web;

import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;

/**
 * How a service calls another service of the platform on behalf of the person signed in: a client with its own connect
 * and read timeouts (a slow service never holds a request thread for long), and that person's token relayed, so the
 * service called applies their data scope and records reads under their name.
 */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /** A client of the service at {@code baseUrl} that gives up connecting after {@code connect} and reading after {@code read}. */
    public static RestClient client(RestClient.Builder builder, String baseUrl, Duration connect, Duration read) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(connect);
        requests.setReadTimeout(read);
        return builder.baseUrl(baseUrl).requestFactory(requests).build();
    }

    /** The signed-in person's bearer token, to relay; a call made without one is a bug. */
    public static String callersToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("a call on behalf of the signed-in person, made without one");
    }
}

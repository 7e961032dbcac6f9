package cn.dalian.laborbrand.platform.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Hands 401 and 403 raised in the security filters to the MVC exception handling, so that one place
 * ({@code ProblemExceptionHandler}) writes every problem document; adds the {@code WWW-Authenticate}
 * challenge that RFC 6750 asks for.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HandlerExceptionResolver resolver;

    ProblemSecurityHandlers(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        // a token refused for its account claims is answered 403: no challenge, signing in again would not help
        if (!(failure instanceof UnusableClaimException)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, failure instanceof InvalidBearerTokenException
                    ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                    : "Bearer");
        }
        resolver.resolveException(request, response, null, failure);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        resolver.resolveException(request, response, null, denied);
    }
}

package cn.dalian.laborbrand.platform.starter.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.dalian.laborbrand.platform.web.CorrelationId;

/**
 * Keeps the gateway's correlation id (or a fresh one) in the logging context for the whole request
 * and echoes it in the response, before security runs so that a 401 carries it too. The id is kept
 * on the request so that the error dispatch of the same request reuses it.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getAttribute(ATTRIBUTE) instanceof String known
                ? known
                : CorrelationId.acceptOrCreate(request.getHeader(CorrelationId.HEADER));
        request.setAttribute(ATTRIBUTE, correlationId);
        response.setHeader(CorrelationId.HEADER, correlationId);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.KEY, correlationId)) {
            chain.doFilter(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}

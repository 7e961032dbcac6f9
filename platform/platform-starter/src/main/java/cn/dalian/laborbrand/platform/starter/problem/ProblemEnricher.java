package cn.dalian.laborbrand.platform.starter.problem;

import java.net.URI;

import org.slf4j.MDC;
import org.springframework.http.ProblemDetail;

import cn.dalian.laborbrand.platform.problem.Problems;
import cn.dalian.laborbrand.platform.web.CorrelationId;

/** Adds what every problem of a servlet service carries beyond its code: the request path and correlation id. */
final class ProblemEnricher {

    private ProblemEnricher() {
    }

    static ProblemDetail enrich(ProblemDetail problem, String path) {
        if (path != null && problem.getInstance() == null) {
            problem.setInstance(URI.create(path));
        }
        String correlationId = MDC.get(CorrelationId.KEY);
        if (correlationId != null) {
            problem.setProperty(Problems.CORRELATION_ID, correlationId);
        }
        return problem;
    }
}

package cn.dalian.laborbrand.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem documents every part of the platform answers with:
 * {@code type} names the code, {@code title} is English, {@code detail} is Chinese for people,
 * {@code code} is the stable identifier for programs and {@code correlationId} lets a user quote
 * the failing request to support.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:laborbrand:problem:";
    public static final String CODE = "code";
    public static final String CORRELATION_ID = "correlationId";
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code) {
        return of(code, code.defaultDetail());
    }

    public static ProblemDetail of(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(typeOf(code));
        problem.setTitle(code.title());
        problem.setProperty(CODE, code.name());
        return problem;
    }

    /**
     * The problem document of a code as plain JSON fields, for the layers that answer before any Spring code runs
     * (Tomcat's and Netty's own refusals), where no ProblemDetail serialisation is at hand.
     */
    public static Map<String, Object> document(ErrorCode code, int status) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", typeOf(code).toString());
        document.put("title", code.title());
        document.put("status", status);
        document.put("detail", code.defaultDetail());
        document.put(CODE, code.name());
        return document;
    }

    public static URI typeOf(ErrorCode code) {
        return URI.create(TYPE_PREFIX + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}

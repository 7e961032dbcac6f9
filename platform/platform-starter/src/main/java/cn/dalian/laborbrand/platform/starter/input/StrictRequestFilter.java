package cn.dalian.laborbrand.platform.starter.input;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import cn.dalian.laborbrand.platform.starter.problem.ProblemExceptionHandler.FieldProblem;
import cn.dalian.laborbrand.platform.validation.AcceptableText;

/**
 * What every request must be before any controller sees it: a {@code Content-Type}, when it has one, that names one
 * media type (no wildcard) in UTF-8; parameters whose names and values are acceptable text. A refusal is a problem
 * document written by the one exception handler, like every other.
 */
public class StrictRequestFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    public StrictRequestFilter(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PlatformException> refusal = contentTypeRefusal(request.getContentType()).or(() -> parameterRefusal(request));
        if (refusal.isPresent()) {
            problems.resolveException(request, response, null, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<PlatformException> contentTypeRefusal(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return Optional.of(unsupported("无法识别请求的内容格式（Content-Type）。"));
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return Optional.of(unsupported("请求的内容格式（Content-Type）必须是一种确定的格式，不能含有通配符 *，例如 application/json。"));
        }
        Charset charset;
        try {
            charset = type.getCharset();
        } catch (IllegalArgumentException e) {
            return Optional.of(unsupported("无法识别请求内容的字符集，请以 UTF-8 编码提交。"));
        }
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            return Optional.of(unsupported("请以 UTF-8 编码提交（收到的是 " + charset.name() + "）。"));
        }
        return Optional.empty();
    }

    private static Optional<PlatformException> parameterRefusal(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) { // Tomcat could not decode the query string
            return Optional.of(new PlatformException(ProblemCode.MALFORMED_REQUEST, "查询参数不是有效的 UTF-8 文本。"));
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            Optional<String> refusal = AcceptableText.refusalAnywhere(parameter.getKey());
            for (String value : parameter.getValue()) {
                refusal = refusal.or(() -> AcceptableText.refusalAnywhere(value));
            }
            if (refusal.isPresent()) {
                return Optional.of(new PlatformException(ProblemCode.VALIDATION_FAILED, "查询参数 " + printable(parameter.getKey()) + " "
                        + refusal.get() + "。").with(Problems.ERRORS, List.of(new FieldProblem(printable(parameter.getKey()), refusal.get()))));
            }
        }
        return Optional.empty();
    }

    private static PlatformException unsupported(String detail) {
        return new PlatformException(ProblemCode.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    /** A parameter name as it can be quoted back: what would be refused in it is shown as its code. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.append(AcceptableText.refusalAnywhere(Character.toString(c)).isPresent()
                ? String.format("U+%04X", c) : Character.toString(c)));
        return shown.toString();
    }
}

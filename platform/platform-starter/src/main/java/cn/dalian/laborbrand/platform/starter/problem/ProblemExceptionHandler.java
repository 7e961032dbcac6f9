package cn.dalian.laborbrand.platform.starter.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import cn.dalian.laborbrand.platform.starter.input.RefusedTextException;
import cn.dalian.laborbrand.platform.starter.security.UnusableClaimException;

/**
 * The one place that turns every failure of a service into an RFC 9457 problem document with a
 * stable {@code code}, a Chinese {@code detail}, the request path as {@code instance} and the
 * {@code correlationId}. Nothing leaves as a bare 500 page or a stack trace.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]+)\"");

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<Object> platform(PlatformException e, NativeWebRequest request) {
        ProblemDetail problem = Problems.of(e.code(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return respond(problem, request);
    }

    /** A genuine token whose account claims no service could use: the refusal names the claim. */
    @ExceptionHandler(UnusableClaimException.class)
    ResponseEntity<Object> unusableClaim(UnusableClaimException e, NativeWebRequest request) {
        return platform(e.refusal(), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e, NativeWebRequest request) {
        return respond(Problems.of(ProblemCode.UNAUTHENTICATED), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e, NativeWebRequest request) {
        return respond(Problems.of(ProblemCode.ACCESS_DENIED), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, NativeWebRequest request) {
        ProblemDetail problem = Problems.of(ProblemCode.VALIDATION_FAILED);
        problem.setProperty(Problems.ERRORS, e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList());
        return respond(problem, request);
    }

    @ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
    ResponseEntity<Object> conflict(Exception e, NativeWebRequest request) {
        log.info("conflicting write refused: {}", e.getMessage());
        return respond(Problems.of(ProblemCode.CONFLICT), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, NativeWebRequest request) {
        log.error("unexpected failure on {}", path(request), e);
        return respond(Problems.of(ProblemCode.INTERNAL_ERROR), request);
    }

    /** Spring MVC's own exceptions (bad JSON, wrong method, unknown path …) arrive here with a problem body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        List<FieldProblem> errors = fieldProblemsOf(ex);
        // a request naming the fields to fix is a validation problem, whatever Spring called it
        ProblemDetail problem = errors.isEmpty()
                ? Problems.of(ProblemCode.forStatus(statusCode.value()), detailFor(ex, statusCode))
                : Problems.of(ProblemCode.VALIDATION_FAILED);
        if (!errors.isEmpty()) {
            problem.setProperty(Problems.ERRORS, errors);
        }
        return respond(problem, headers, (NativeWebRequest) request);
    }

    private static String detailFor(Exception ex, HttpStatusCode status) {
        return switch (ex) {
            case HttpMessageNotReadableException e -> "请求内容不是有效的 JSON，或某个字段的类型不正确。";
            case NoResourceFoundException e -> "所请求的地址不存在。";
            case HttpRequestMethodNotSupportedException e -> "该地址不支持 " + e.getMethod() + " 请求。";
            case HttpMediaTypeNotSupportedException e -> "不支持的内容格式，请以 application/json 提交。";
            case HttpMediaTypeNotAcceptableException e -> ProblemCode.NOT_ACCEPTABLE.defaultDetail();
            case MaxUploadSizeExceededException e -> ProblemCode.PAYLOAD_TOO_LARGE.defaultDetail();
            default -> ProblemCode.forStatus(status.value()).defaultDetail();
        };
    }

    /** Which fields or parameters were rejected and why, in Chinese; empty when the failure names none. */
    private static List<FieldProblem> fieldProblemsOf(Exception ex) {
        if (ex instanceof HttpMessageNotReadableException unreadable && unreadable.getCause() instanceof JacksonException failure) {
            Optional<String> duplicate = duplicateKey(failure);
            if (duplicate.isPresent()) {
                return List.of(new FieldProblem(fieldOf(failure, duplicate.get()), "同一字段出现了不止一次"));
            }
        }
        return switch (ex) {
            case MethodArgumentNotValidException invalid -> invalid.getBindingResult().getAllErrors().stream()
                    .map(error -> new FieldProblem(error instanceof FieldError field ? field.getField() : error.getObjectName(),
                            error.getDefaultMessage()))
                    .toList();
            case HandlerMethodValidationException invalid -> invalid.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream()
                            .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                    .toList();
            case MethodArgumentTypeMismatchException mismatch -> List.of(new FieldProblem(mismatch.getName(), expected(mismatch.getRequiredType())));
            case MissingServletRequestParameterException missing -> List.of(new FieldProblem(missing.getParameterName(), "必填"));
            case HttpMessageNotReadableException unreadable when unreadable.getCause() instanceof MismatchedInputException failure
                    && !failure.getPath().isEmpty() -> List.of(fieldProblem(failure));
            default -> List.of();
        };
    }

    /** The key given twice in otherwise well-formed JSON (the last one would win), as the parser names it. */
    private static Optional<String> duplicateKey(JacksonException failure) {
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(failure.getOriginalMessage()));
        return duplicate.find() ? Optional.of(duplicate.group(1)) : Optional.empty();
    }

    /**
     * A JSON value refused at a field: a text the platform does not take, a property it does not know, or a value of
     * the wrong kind (for a closed list, the values allowed are named). JSON that is not well-formed is a malformed
     * request, not a field's fault.
     */
    private static FieldProblem fieldProblem(MismatchedInputException failure) {
        String message = switch (failure) {
            case RefusedTextException refused -> refused.reason();
            case UnrecognizedPropertyException unknown -> "不是可以提交的字段，请检查字段名";
            default -> expected(failure.getTargetType());
        };
        return new FieldProblem(fieldOf(failure, null), message);
    }

    /** The field's path ({@code declaredYears[0].trainedCount}), ending in the given property when the path stops short of it. */
    private static String fieldOf(JacksonException failure, String property) {
        List<String> path = new java.util.ArrayList<>(failure.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .toList());
        if (property != null && (path.isEmpty() || !path.getLast().equals(property))) {
            path.add(property);
        }
        return String.join(".", path).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        return type != null && type.isEnum()
                ? "取值不在允许范围内，允许的取值：" + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"))
                : "格式不正确";
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, NativeWebRequest request) {
        return respond(problem, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, NativeWebRequest request) {
        ProblemEnricher.enrich(problem, path(request));
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private static String path(NativeWebRequest request) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        return servlet == null ? null : servlet.getRequestURI();
    }

    /** One rejected field: where, and what is wrong in Chinese. */
    public record FieldProblem(String field, String message) {
    }
}

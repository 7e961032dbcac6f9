package cn.dalian.laborbrand.platform.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the caller can act on: it carries the stable code and the Chinese explanation.
 * Services throw it (or a subclass) from domain and application code; the web layer turns it into a
 * problem document with the code's status.
 */
public class PlatformException extends RuntimeException {

    private final transient ErrorCode code;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public PlatformException(ErrorCode code) {
        this(code, code.defaultDetail());
    }

    public PlatformException(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** A fact a program reads beside the Chinese detail, such as the year a calendar lacks; it becomes a property of the problem. */
    public PlatformException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public static PlatformException notFound(String detail) {
        return new PlatformException(ProblemCode.NOT_FOUND, detail);
    }

    public static PlatformException conflict(String detail) {
        return new PlatformException(ProblemCode.CONFLICT, detail);
    }

    public static PlatformException forbidden(String detail) {
        return new PlatformException(ProblemCode.ACCESS_DENIED, detail);
    }
}

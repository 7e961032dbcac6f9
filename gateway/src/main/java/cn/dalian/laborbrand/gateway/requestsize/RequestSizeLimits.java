package cn.dalian.laborbrand.gateway.requestsize;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * Which body size a request path may carry: the limit of the most specific configured pattern matching the path, else
 * the default. A pattern that does not parse, or a limit that is not positive, stops the gateway at start-up rather
 * than letting a path fall back to another limit unnoticed.
 */
final class RequestSizeLimits {

    private record PathLimit(PathPattern pattern, DataSize limit) {
    }

    private final DataSize byDefault;
    private final List<PathLimit> byPath;

    RequestSizeLimits(DataSize byDefault, Map<String, DataSize> byPath) {
        this.byDefault = positive(byDefault, "laborbrand.gateway.request-size.max");
        this.byPath = byPath.entrySet().stream()
                .map(entry -> new PathLimit(parse(entry.getKey()), positive(entry.getValue(), "the limit of " + entry.getKey())))
                .sorted(Comparator.comparing(PathLimit::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    static RequestSizeLimits of(RequestSizeProperties properties) {
        return new RequestSizeLimits(properties.max(), properties.paths());
    }

    /** The largest body a request to the path may carry. */
    DataSize limitFor(PathContainer path) {
        return byPath.stream().filter(entry -> entry.pattern().matches(path)).findFirst().map(PathLimit::limit).orElse(byDefault);
    }

    DataSize limitFor(String path) {
        return limitFor(PathContainer.parsePath(path));
    }

    private static PathPattern parse(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("request-size path pattern '" + pattern + "' must start with / (in YAML: \"[" + pattern + "]\")");
        }
        try {
            return PathPatternParser.defaultInstance.parse(pattern);
        } catch (PatternParseException e) {
            throw new IllegalArgumentException("request-size path pattern '" + pattern + "' does not parse: " + e.getMessage(), e);
        }
    }

    private static DataSize positive(DataSize size, String what) {
        if (size == null || size.toBytes() <= 0) {
            throw new IllegalArgumentException(what + " must be a positive size, not " + size);
        }
        return size;
    }
}

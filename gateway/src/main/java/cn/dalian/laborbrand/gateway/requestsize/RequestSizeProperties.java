package cn.dalian.laborbrand.gateway.requestsize;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param max   the largest request body the gateway lets through on a path no entry of {@code paths} matches
 * @param paths the limit of the paths that differ, by path pattern ({@code PathPattern} syntax, matched against the
 *              whole request path: {@code /api/applications/*}{@code /roster}, {@code /api/applications/*}{@code /materials/**});
 *              in YAML each pattern is a bracketed key ({@code "[/api/applications/*}{@code /roster]": 200MB}). Where several
 *              patterns match a path, the most specific one's limit applies.
 */
@Validated
@ConfigurationProperties("laborbrand.gateway.request-size")
public record RequestSizeProperties(@NotNull DataSize max, Map<String, DataSize> paths) {

    public RequestSizeProperties {
        paths = paths == null ? Map.of() : Map.copyOf(paths);
    }
}

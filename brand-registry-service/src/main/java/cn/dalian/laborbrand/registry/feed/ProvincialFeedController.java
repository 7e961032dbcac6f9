package cn.dalian.laborbrand.registry.feed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * What the provincial public employment service system pulls into its 劳务品牌 module: the registry's events
 * ({@code RegistryEvents.PROVINCIAL_FEED}) as CloudEvents, page by page from a cursor it keeps. Only the provincial
 * system's client may read it, and that client may read nothing else ({@link FeedOnlyClient}).
 */
@RestController
class ProvincialFeedController {

    private final ProvincialFeed feed;

    ProvincialFeedController(ProvincialFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/registry/events")
    @PreAuthorize("hasRole('PROVINCIAL_SYSTEM')")
    @Operation(summary = "品牌事件推送（省级系统拉取）",
            description = "按发布顺序返回游标之后的品牌库事件（CloudEvents 1.0 JSON）。不带 cursor 从头读取；任何曾返回的游标都可重放，"
                    + "同一事件每次内容相同。游标无法识别：400 MALFORMED_CURSOR；游标超出事件日志末尾：409 CURSOR_FROM_THE_FUTURE。")
    public FeedPage events(@Valid @ParameterObject FeedQuery query) {
        return feed.page(FeedCursor.parse(query.cursor()), query.limit() == null ? ProvincialFeed.DEFAULT_LIMIT : query.limit());
    }

    /** @param cursor the {@code next} of an earlier page, absent for the start */
    record FeedQuery(
            @Parameter(description = "每页事件数，默认 100，最多 500")
            @Min(value = 1, message = "每页事件数至少为 1") @Max(value = ProvincialFeed.MAX_LIMIT, message = "每页事件数最多为 500") Integer limit,
            @Parameter(description = "上一页返回的 next（不透明）；不带则从头读取")
            @Size(max = 200, message = "翻页游标过长") String cursor) {
    }
}

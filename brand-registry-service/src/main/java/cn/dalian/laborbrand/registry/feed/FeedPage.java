package cn.dalian.laborbrand.registry.feed;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the feed: the events after the cursor the client sent, in the order they were published; the cursor to
 * send next (also on the last page: it then finds the events published later); whether more are waiting already.
 */
@Schema(name = "FeedPage", description = "品牌事件推送的一页 / one page of the provincial feed")
public record FeedPage(
        @Schema(description = "按发布顺序排列的事件", requiredMode = Schema.RequiredMode.REQUIRED)
        List<CloudEvent> events,
        @Schema(description = "下一次请求带上的游标（不透明）；最后一页也有，用于稍后读取新事件", requiredMode = Schema.RequiredMode.REQUIRED)
        String next,
        @Schema(description = "是否已有更多事件可立即读取", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean hasMore) {

    public FeedPage {
        events = List.copyOf(events);
    }
}

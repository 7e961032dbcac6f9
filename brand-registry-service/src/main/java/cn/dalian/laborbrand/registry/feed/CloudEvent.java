package cn.dalian.laborbrand.registry.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One registry event as a CloudEvent 1.0 in the JSON event format (structured mode), attribute names as the
 * specification spells them. Made from the envelope the journal stored when the event was published, so the same
 * event reads the same every time. Extensions: {@code schemaversion} (the payload schema's MAJOR.MINOR) and
 * {@code feedposition} (the event's place in the feed, as a string: CloudEvents integers stop at 32 bits).
 */
@Schema(name = "CloudEvent", description = "CloudEvents 1.0 JSON 格式的一条品牌库事件 / one registry event, CloudEvents 1.0 structured JSON")
public record CloudEvent(
        @Schema(description = "CloudEvents 版本", allowableValues = "1.0", requiredMode = Schema.RequiredMode.REQUIRED)
        String specversion,
        @Schema(description = "事件编号（UUID），与 source 一起全局唯一；重放时不变", format = "uuid", requiredMode = Schema.RequiredMode.REQUIRED)
        String id,
        @Schema(description = "事件来源", example = CloudEvents.SOURCE, requiredMode = Schema.RequiredMode.REQUIRED)
        String source,
        @Schema(description = "事件类型，cn.dalian.laborbrand.registry.<事件>.v<主版本>",
                example = "cn.dalian.laborbrand.registry.BrandRegistered.v1", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "劳务品牌编号（UUID）", format = "uuid", requiredMode = Schema.RequiredMode.REQUIRED)
        String subject,
        @Schema(description = "状态变化发生的时间（RFC 3339，UTC）", format = "date-time", requiredMode = Schema.RequiredMode.REQUIRED)
        String time,
        @Schema(description = "data 的媒体类型", allowableValues = "application/json", requiredMode = Schema.RequiredMode.REQUIRED)
        String datacontenttype,
        @Schema(description = "data 所遵循的 JSON Schema（contracts 的 schemas/events/<事件>.v<主版本>.schema.json）",
                example = "urn:laborbrand:dalian:schema:events:BrandRegistered.v1", requiredMode = Schema.RequiredMode.REQUIRED)
        String dataschema,
        @Schema(description = "扩展属性：data 的 schema 版本（主.次）；同一主版本内只增加可选字段", example = "1.0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String schemaversion,
        @Schema(description = "扩展属性：事件在推送中的位置（递增，十进制字符串）", example = "42", requiredMode = Schema.RequiredMode.REQUIRED)
        String feedposition,
        @Schema(description = "事件内容，见 dataschema", type = "object", requiredMode = Schema.RequiredMode.REQUIRED)
        JsonNode data) {
}

package cn.dalian.laborbrand.notification.preferences;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.dalian.laborbrand.notification.notices.NoticeKind;

/** A kind of message as the person sees it on their preferences page. */
@Schema(description = "一类通知及其接收方式")
record PreferenceView(
        @Schema(description = "通知类别", requiredMode = Schema.RequiredMode.REQUIRED) NoticeKind kind,
        @Schema(description = "站内消息分类：APPLICATION、REVIEW、BRAND 或 SUBSIDY", requiredMode = Schema.RequiredMode.REQUIRED) String category,
        @Schema(description = "通知名称", example = "需补充申报材料", requiredMode = Schema.RequiredMode.REQUIRED) String label,
        @Schema(description = "是否具有法律效力（必须通过站内消息和电子邮件送达）", requiredMode = Schema.RequiredMode.REQUIRED) boolean legalWeight,
        @Schema(description = "发给谁：UNIT 申报单位，STAFF 工作人员", requiredMode = Schema.RequiredMode.REQUIRED) NoticeKind.Audience audience,
        @Schema(description = "站内消息（始终接收）", requiredMode = Schema.RequiredMode.REQUIRED) boolean inApp,
        @Schema(description = "是否接收电子邮件", requiredMode = Schema.RequiredMode.REQUIRED) boolean email,
        @Schema(description = "是否接收短信", requiredMode = Schema.RequiredMode.REQUIRED) boolean sms,
        @Schema(description = "电子邮件不能关闭（具有法律效力）", requiredMode = Schema.RequiredMode.REQUIRED) boolean emailRequired) {
}

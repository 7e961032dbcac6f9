package cn.dalian.laborbrand.notification.preferences;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One kind of message and whether the person wants it by e-mail and SMS too. */
@Schema(description = "一类通知的接收方式")
record PreferenceChange(
        @Schema(description = "通知类别，如 SUPPLEMENT_REQUESTED", example = "SUPPLEMENT_REQUESTED", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "请指明通知类别") @Size(max = 60, message = "通知类别不能超过 60 个字符") String kind,
        @Schema(description = "是否同时发电子邮件", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "请说明是否接收电子邮件") Boolean email,
        @Schema(description = "是否同时发短信", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "请说明是否接收短信") Boolean sms) {
}

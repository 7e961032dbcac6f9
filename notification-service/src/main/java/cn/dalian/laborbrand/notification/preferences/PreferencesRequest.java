package cn.dalian.laborbrand.notification.preferences;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The kinds whose channels the person changes; kinds not listed keep what they had. */
@Schema(description = "修改通知接收方式：只修改列出的通知类别")
record PreferencesRequest(
        @NotEmpty(message = "请至少设置一类通知") @Size(max = 50, message = "一次最多设置 50 类通知")
        List<@NotNull(message = "通知设置不能为空") @Valid PreferenceChange> items) {
}

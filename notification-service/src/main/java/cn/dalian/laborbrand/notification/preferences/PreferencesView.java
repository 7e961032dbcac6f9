package cn.dalian.laborbrand.notification.preferences;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every kind of message for the caller's audience, in a fixed order. */
@Schema(description = "当前用户的通知接收方式")
record PreferencesView(List<PreferenceView> items) {
}

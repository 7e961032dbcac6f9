package cn.dalian.laborbrand.notification.preferences;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a change of preferences is refused; nothing of the request is kept then. */
enum PreferenceProblem implements ErrorCode {
    NOTICE_KIND_UNKNOWN(HttpStatus.BAD_REQUEST, "Unknown kind of message", "没有这类通知。"),
    NOTICE_KIND_NOT_YOURS(HttpStatus.BAD_REQUEST, "Kind of message for another audience", "这类通知不发给您，不能设置。"),
    NOTICE_KIND_REPEATED(HttpStatus.BAD_REQUEST, "Kind of message listed twice", "同一类通知只能设置一次。"),
    LEGAL_NOTICE_CHANNEL_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Legal notices always go by e-mail",
            "具有法律效力的通知必须通过站内消息和电子邮件送达，不能关闭电子邮件。");

    private final Text text;

    PreferenceProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

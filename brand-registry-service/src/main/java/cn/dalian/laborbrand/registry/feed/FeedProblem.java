package cn.dalian.laborbrand.registry.feed;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways the provincial system's feed refuses a request, each with a stable code. */
enum FeedProblem implements ErrorCode {
    MALFORMED_CURSOR(HttpStatus.BAD_REQUEST, "Malformed cursor",
            "翻页游标无法识别：请原样使用上一页返回的 next 值，或不带 cursor 从头读取。"),
    CURSOR_FROM_THE_FUTURE(HttpStatus.CONFLICT, "Cursor from the future",
            "翻页游标指向的位置尚不存在（超出本市事件日志的末尾），可能来自其他环境；请使用本接口返回的游标，或不带 cursor 从头读取。"),
    OUTSIDE_THE_FEED(HttpStatus.FORBIDDEN, "Outside the provincial feed",
            "省级系统客户端只能读取品牌事件推送（GET /api/registry/events），不能访问品牌库的其他接口。");

    private final Text text;

    FeedProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.dalian.laborbrand.registry.roster;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways reading a brand's roster from application-service fails, each with a stable code. */
enum RosterProblem implements ErrorCode {
    ROSTER_SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Roster unavailable",
            "申报服务暂时不可用，无法读取该品牌的务工人员花名册，请稍后再试。"),
    ROSTER_NOT_FOUND(HttpStatus.CONFLICT, "Roster not found", "申报服务中未找到该品牌申报时导入的务工人员花名册或该行人员。"),
    ROSTER_FORBIDDEN(HttpStatus.FORBIDDEN, "Roster not readable", "申报服务拒绝了您查看该花名册的请求，请确认您的账号所属区市县。");

    private final Text text;

    RosterProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

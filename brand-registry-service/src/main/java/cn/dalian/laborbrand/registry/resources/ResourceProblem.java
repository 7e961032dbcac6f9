package cn.dalian.laborbrand.registry.resources;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a resource-library or yearly-report request is refused, each with a stable code. */
public enum ResourceProblem implements ErrorCode {
    BRAND_NOT_FOUND(HttpStatus.NOT_FOUND, "Brand not found", "未找到该劳务品牌，或您无权查看。"),
    YEAR_NOT_FINISHED(HttpStatus.UNPROCESSABLE_CONTENT, "Year not finished", "只能报告已经结束的年度，本年度和以后年度不能报告。"),
    YEAR_BEFORE_CERTIFICATION(HttpStatus.UNPROCESSABLE_CONTENT, "Year before certification", "报告年度不能早于品牌的认定年度。"),
    YEAR_ALREADY_REPORTED(HttpStatus.CONFLICT, "Year already reported", "该年度的年度报告已提交或已通过审核，不能重复提交。"),
    BRAND_EXITED(HttpStatus.CONFLICT, "Brand exited", "该劳务品牌已退出，不再报送年度报告或调整资源库信息。"),
    REPORT_NOT_FOUND(HttpStatus.NOT_FOUND, "Yearly report not found", "未找到该年度的年度报告。"),
    REPORT_NOT_UNDER_REVIEW(HttpStatus.CONFLICT, "Report not awaiting review", "该年度报告不在待审核状态，不能审核。"),
    RETURN_NEEDS_NOTE(HttpStatus.BAD_REQUEST, "Return needs a note", "退回年度报告时请写明退回原因，便于品牌单位修改。"),
    CONCURRENT_CHANGE(HttpStatus.CONFLICT, "Concurrent change", "该品牌的资源库信息已被他人修改，请刷新后再试。");

    private final Text text;

    ResourceProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.dalian.laborbrand.application.district;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a place is refused, each with a stable code. */
public enum DistrictProblem implements ErrorCode {
    DISTRICT_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT, "District unknown", "所选区市县或先导区不在大连市的名单中。"),
    DISTRICT_NOT_ACCEPTING(HttpStatus.UNPROCESSABLE_CONTENT, "District not accepting applications", "该区市县或先导区目前不受理劳务品牌申报。");

    private final Text text;

    DistrictProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.dalian.laborbrand.platform.calendar;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways the official calendar refuses, each with a stable code. */
public enum CalendarProblem implements ErrorCode {
    YEAR_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT, "Calendar year unknown", "该年度的法定节假日安排尚未导入，无法计算工作日。"),
    ARRANGEMENT_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Holiday arrangement invalid", "节假日安排数据不正确。");

    private final Text text;

    CalendarProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

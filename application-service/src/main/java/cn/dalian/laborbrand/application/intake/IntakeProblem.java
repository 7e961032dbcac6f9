package cn.dalian.laborbrand.application.intake;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways intake refuses an applicant's action, each with a stable code. */
public enum IntakeProblem implements ErrorCode {
    APPLICATION_NOT_EDITABLE(HttpStatus.CONFLICT, "Application not editable", "申报书已提交，不能再修改。"),
    APPLICATION_INCOMPLETE(HttpStatus.UNPROCESSABLE_CONTENT, "Application incomplete", "申报书尚未填写完整，不能提交。"),
    DUPLICATE_YEAR(HttpStatus.BAD_REQUEST, "Year declared twice", "同一年度的数据只能填写一次。");

    private final Text text;

    IntakeProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

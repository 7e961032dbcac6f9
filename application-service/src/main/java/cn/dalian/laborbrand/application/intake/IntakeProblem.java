package cn.dalian.laborbrand.application.intake;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways intake refuses an applicant's action, each with a stable code. */
public enum IntakeProblem implements ErrorCode {
    APPLICATION_NOT_EDITABLE(HttpStatus.CONFLICT, "Application not editable", "申报书已提交，不能再修改。"),
    APPLICATION_INCOMPLETE(HttpStatus.UNPROCESSABLE_CONTENT, "Application incomplete", "申报书尚未通过提交前检查，不能提交。"),
    DUPLICATE_YEAR(HttpStatus.BAD_REQUEST, "Year declared twice", "同一年度的数据只能填写一次。"),
    CITY_WITHOUT_DISTRICT(HttpStatus.UNPROCESSABLE_CONTENT, "City level without district level",
            "市级劳务品牌须在区级基础上申报：申报市级时请同时申报区级。"),
    DESCRIPTION_TOO_LONG(HttpStatus.UNPROCESSABLE_CONTENT, "Description too long", "品牌简介不能超过 2000 字。"),
    PART_NOT_REOPENED(HttpStatus.CONFLICT, "Part not reopened", "只能修改区人社部门要求补充的内容。"),
    NOT_WITHDRAWABLE(HttpStatus.CONFLICT, "Application cannot be withdrawn", "申报书当前状态下不能撤回。");

    private final Text text;

    IntakeProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.dalian.laborbrand.review.casework;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways the review workflow refuses an action, each with a stable code. */
public enum ReviewProblem implements ErrorCode {
    WRONG_STAGE(HttpStatus.CONFLICT, "Action not allowed at this stage", "该申报当前所处阶段不能进行此操作。"),
    CITY_LEVEL_NOT_REQUESTED(HttpStatus.UNPROCESSABLE_CONTENT, "City level not requested", "该单位未申报市级劳务品牌，不能推荐市级。"),
    NOT_SELECTED(HttpStatus.UNPROCESSABLE_CONTENT, "Not selected", "未入选区级劳务品牌的申报不能推荐市级。"),
    BLOCKED_BY_RISK(HttpStatus.CONFLICT, "Blocked by a risk flag", "存在劳动监察部门责令整改未完成事项，整改完成前不能入选。"),
    LEVEL_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Level required", "核准认定时请选择认定层级（区级或市级）。"),
    LEVEL_NOT_RECOMMENDED(HttpStatus.UNPROCESSABLE_CONTENT, "Level not recommended", "区人社部门未推荐该层级，不能按该层级认定。"),
    PRECHECK_PENDING(HttpStatus.CONFLICT, "Pre-check pending", "资格预审尚未完成，请待预审结果生成后再作决定。"),
    INSPECTION_REQUIRED(HttpStatus.CONFLICT, "On-site inspection required", "请先完成实地查验并形成查验结论，再作出区级初审意见。"),
    INSPECTION_NOT_CONFIRMED(HttpStatus.UNPROCESSABLE_CONTENT, "Inspection did not confirm the application",
            "实地查验结论为不属实，不能入选；请作出不予通过的决定并写明理由。"),
    LEVEL_NOT_MET(HttpStatus.UNPROCESSABLE_CONTENT, "Level not met", "预审结果未达到该层级标准；如经核实仍认为符合，请写明理由。"),
    REASON_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Written reason required", "请写明理由（至少一句完整的话）。"),
    NOT_YOUR_STAGE(HttpStatus.CONFLICT, "Another office's stage", "该申报当前不由您所在的部门办理。"),
    SAME_PERSON_REVIEWED(HttpStatus.CONFLICT, "Re-reviewed by the same person",
            "您已对该申报作出市级复审意见，不能再核准认定；请由领导小组办公室的其他人员核准。");

    private final Text text;

    ReviewProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

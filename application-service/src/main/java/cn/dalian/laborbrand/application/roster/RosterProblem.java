package cn.dalian.laborbrand.application.roster;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a roster import or a read of it is refused, each with a stable code. */
public enum RosterProblem implements ErrorCode {
    ROSTER_COLUMNS_MISSING(HttpStatus.UNPROCESSABLE_CONTENT, "Roster columns missing", "花名册缺少必需的列，请使用平台提供的模板。"),
    ROSTER_UNREADABLE(HttpStatus.UNPROCESSABLE_CONTENT, "Roster unreadable", "无法读取花名册文件，请上传 XLSX 或 CSV 格式的花名册。"),
    ROSTER_ENCODING(HttpStatus.UNPROCESSABLE_CONTENT, "Roster encoding", "花名册文本编码无法识别，请以 UTF-8 或 GBK 编码保存为 CSV，或使用 XLSX。"),
    ROSTER_TOO_MANY_ROWS(HttpStatus.UNPROCESSABLE_CONTENT, "Roster has too many rows", "花名册行数超过上限。"),
    ROSTER_NO_VALID_ROW(HttpStatus.UNPROCESSABLE_CONTENT, "Roster has no valid row", "花名册中没有一行通过校验，未导入；请按拒收清单修改后重新导入。"),
    ROSTER_NOT_IMPORTED(HttpStatus.NOT_FOUND, "No roster imported", "该申报尚未导入务工人员花名册。"),
    ROSTER_NOT_CHANGEABLE(HttpStatus.CONFLICT, "Roster not changeable", "申报书已提交，不能再更改花名册；区人社部门要求补充材料时可以更改。"),
    ROSTER_EMPLOYER_INVALID(HttpStatus.BAD_REQUEST, "Employer list invalid", "用工单位名单不正确。");

    private final Text text;

    RosterProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

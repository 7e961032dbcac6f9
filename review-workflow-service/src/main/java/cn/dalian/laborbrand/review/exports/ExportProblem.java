package cn.dalian.laborbrand.review.exports;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways an export is refused, each with a stable code. */
enum ExportProblem implements ErrorCode {
    DISTRICT_REQUIRED(HttpStatus.BAD_REQUEST, "District required", "请选择要导出的区市县（district）。"),
    OTHER_DISTRICT(HttpStatus.FORBIDDEN, "Another district", "区人社部门只能导出本区的材料。"),
    NOTHING_TO_PACKAGE(HttpStatus.NOT_FOUND, "Nothing to package", "该地区本批次暂无公示中或已报送市级的申报，没有可报送的材料。");

    private final Text text;

    ExportProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.dalian.laborbrand.registry.catalogue;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a catalogue request or a classification against the catalogue is refused, each with a stable code. */
public enum CatalogueProblem implements ErrorCode {
    UNKNOWN_INDUSTRY(HttpStatus.BAD_REQUEST, "Unknown industry", "所选行业不在国民经济行业分类（GB/T 4754-2017）中。"),
    MALFORMED_CODE(HttpStatus.BAD_REQUEST, "Malformed catalogue code",
            "目录编码应为“门类-大类-序号”，如 O-80-01（门类字母、两位大类代码、两位序号）。"),
    CATALOGUE_CODE_TAKEN(HttpStatus.CONFLICT, "Catalogue code taken", "该目录编码已被使用，请换一个序号。"),
    CATALOGUE_ENTRY_NOT_FOUND(HttpStatus.NOT_FOUND, "Catalogue entry not found", "指导目录中没有该条目。"),
    CATALOGUE_ENTRY_INACTIVE(HttpStatus.UNPROCESSABLE_CONTENT, "Catalogue entry inactive", "该指导目录条目已停用，不能再用于品牌归类。"),
    CATALOGUE_ENTRY_ELSEWHERE(HttpStatus.UNPROCESSABLE_CONTENT, "Catalogue entry in another division",
            "所选指导目录条目不属于所选的行业大类，请核对门类、大类与目录条目。"),
    CONCURRENT_CHANGE(HttpStatus.CONFLICT, "Concurrent change", "该条目已被他人修改，请刷新后再试。");

    private final Text text;

    CatalogueProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

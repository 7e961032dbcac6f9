package cn.dalian.laborbrand.application.evidence;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways the evidence feature refuses an upload or a change of materials, each with a stable code. */
public enum EvidenceProblem implements ErrorCode {
    MATERIAL_TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File type not allowed for this material", "该文件的格式不是此类材料允许的格式。"),
    MATERIAL_EMPTY(HttpStatus.UNPROCESSABLE_CONTENT, "Empty file", "文件是空的（0 字节），请选择正确的文件。"),
    MATERIAL_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "File too large", "文件超过了此类材料的大小上限。"),
    MATERIAL_KIND_NOT_ASKED(HttpStatus.UNPROCESSABLE_CONTENT, "Material not asked for", "本批次不要求提交此类材料。"),
    ROSTER_ONLY_THROUGH_IMPORT(HttpStatus.UNPROCESSABLE_CONTENT, "Roster only through the roster import",
            "务工人员花名册请通过“花名册导入”上传：导入时逐行核对人员信息，不能作为普通材料上传。"),
    MATERIAL_UPLOAD_NOT_RAW(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Upload the file itself as the body",
            "请直接以文件内容作为请求体上传（Content-Type: application/octet-stream 或文件本身的类型），不支持表单或 multipart 上传。"),
    MATERIALS_NOT_CHANGEABLE(HttpStatus.CONFLICT, "Materials not changeable",
            "申报书已提交，材料不能再上传或删除；区人社部门要求补充材料时，可在补充期间修改。"),
    INSPECTION_FILES_NOT_ACCEPTED(HttpStatus.CONFLICT, "Application not under review",
            "申报书尚未提交或已撤回，不能上传实地查验材料。");

    private final Text text;

    EvidenceProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

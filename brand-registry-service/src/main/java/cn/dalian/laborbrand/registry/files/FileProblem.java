package cn.dalian.laborbrand.registry.files;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways an upload is refused, each with a stable code. */
public enum FileProblem implements ErrorCode {
    TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File type not allowed", "只接受 PDF 文档或 JPEG、PNG 图片。"),
    NOT_RAW(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Upload the file itself as the body",
            "请直接以文件内容作为请求体上传（Content-Type: application/octet-stream 或文件本身的类型），不支持表单或 multipart 上传。"),
    EMPTY(HttpStatus.UNPROCESSABLE_CONTENT, "Empty file", "文件是空的（0 字节），请选择正确的文件。"),
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "File too large", "文件超过了大小上限。"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "File not found", "未找到该文件，或您无权查看。");

    private final Text text;

    FileProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.dalian.laborbrand.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * Stable error codes for programs, with the default Chinese message a person reads.
 * A code, once published, never changes meaning; services add their own domain codes beside these.
 */
public enum ProblemCode implements ErrorCode {
    // the first code listed for a status is the generic one forStatus() answers with
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request", "请求格式不正确，无法解析。"),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Validation failed", "提交的数据未通过校验，请按提示修改后重试。"),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST, "Invalid cursor", "翻页位置无效，请从第一页重新查询。"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required", "请先登录：缺少有效的访问令牌，或令牌已过期。"),
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "Access denied", "您没有执行此操作的权限。"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found", "所请求的资源不存在，或您无权查看。"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "该地址不支持此请求方法。"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "无法按所要求的格式返回结果。"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "不支持所提交内容的格式。"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict", "该操作与当前数据状态冲突，请刷新后重试。"),
    PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "Stale version", "您编辑的内容已被他人修改，请刷新后在最新版本上修改。"),
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "Version required", "修改时请带上所编辑的版本（If-Match 请求头，取自读取时的 ETag）。"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", "提交的内容超过了大小限制。"),
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "URI too long", "请求地址过长，请缩短查询条件后重试。"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large", "请求头过大，无法处理。"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "请求过于频繁，请稍后再试。"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "系统内部错误，请稍后重试；如持续出现，请向运维人员提供关联编号。"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", "服务暂时不可用，请稍后重试。"),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "Upstream timeout", "服务响应超时，请稍后重试。");

    private final Text text;

    ProblemCode(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }

    /** The generic code for an HTTP status that no more specific code explains. */
    public static ProblemCode forStatus(int status) {
        for (ProblemCode code : values()) {
            if (code.status().value() == status) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}

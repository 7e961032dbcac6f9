package cn.dalian.laborbrand.registry.certificate;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a certificate request is refused, each with a stable code. */
enum CertificateProblem implements ErrorCode {
    BRAND_NOT_FOUND(HttpStatus.NOT_FOUND, "Brand not found", "未找到该劳务品牌，或您无权查看。"),
    MALFORMED_NUMBER(HttpStatus.BAD_REQUEST, "Malformed certificate number",
            "证书编号格式不正确，应形如 DL-LB-2022-CITY-0001，请核对二维码或证书上的编号。"),
    UNKNOWN_CERTIFICATE(HttpStatus.NOT_FOUND, "Unknown certificate", "未查询到该编号的劳务品牌证书，证书可能不是本市颁发或编号有误。"),
    EXITED_BRAND(HttpStatus.CONFLICT, "Brand exited", "该劳务品牌已退出，证书不再有效，不能补发。"),
    CONCURRENT_REISSUE(HttpStatus.CONFLICT, "Concurrent reissue", "该证书正在被他人补发，请刷新后再试。");

    private final Text text;

    CertificateProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.dalian.laborbrand.platform.starter.security;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** Refusals of a genuine token whose account claims the platform cannot act on; the problem names the claim. */
public enum AccountClaimCode implements ErrorCode {
    /**
     * 403, not 401: signing in again brings the same claims; only an administrator who corrects the account in
     * Keycloak helps.
     */
    ACCOUNT_CLAIM_INVALID(HttpStatus.FORBIDDEN, "Unusable account claim", "您的账号信息不符合平台要求，请联系管理员核实。");

    /** The problem's property naming the claim at fault, e.g. {@code "claim": "orgId"}. */
    public static final String CLAIM = "claim";

    private final Text text;

    AccountClaimCode(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}

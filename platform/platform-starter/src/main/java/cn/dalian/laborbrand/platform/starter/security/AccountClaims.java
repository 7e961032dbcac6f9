package cn.dalian.laborbrand.platform.starter.security;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.PlatformClaims;
import cn.dalian.laborbrand.platform.validation.UnifiedSocialCreditCode;

/**
 * Reads a token's account claims once, where the request is authenticated, and refuses a token whose claims no
 * service could store or scope by: a user name longer than the {@code varchar(100)} columns that record who acted
 * (Keycloak allows 255), an {@code orgId} that is no Unified Social Credit Code, a {@code district} that is no
 * place code (GB/T 2260's six digits, or a pilot zone's platform code such as {@code DLXD01}: at most 16 digits or
 * capitals, the width of the district columns). The caller gets 403 {@link AccountClaimCode#ACCOUNT_CLAIM_INVALID} naming the claim,
 * whichever endpoint was called, instead of a 500 from the database later.
 */
final class AccountClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    /** The width of every column that records who acted ({@code created_by}, {@code decided_by} …). */
    static final int MAX_USERNAME_LENGTH = 100;
    private static final Pattern DISTRICT = Pattern.compile("[0-9A-Z]{1,16}");

    private final Converter<Jwt, ? extends AbstractAuthenticationToken> authentication;

    AccountClaims(Converter<Jwt, ? extends AbstractAuthenticationToken> authentication) {
        this.authentication = authentication;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        check(token);
        return authentication.convert(token);
    }

    static void check(Jwt token) {
        String username = token.getClaimAsString(PlatformClaims.PREFERRED_USERNAME);
        if (username == null || username.isBlank()) {
            throw refused(PlatformClaims.PREFERRED_USERNAME, "您的访问令牌未包含用户名（preferred_username），平台无法记录操作人，请联系管理员。");
        }
        if (username.codePointCount(0, username.length()) > MAX_USERNAME_LENGTH) {
            throw refused(PlatformClaims.PREFERRED_USERNAME,
                    "您的账号用户名超过 " + MAX_USERNAME_LENGTH + " 个字符，平台无法记录操作人，请联系管理员更换用户名。");
        }
        if (present(token, PlatformClaims.ORG_ID).filter(code -> !UnifiedSocialCreditCode.isValid(code)).isPresent()) {
            throw refused(PlatformClaims.ORG_ID, "您的账号关联的申报单位代码不是有效的统一社会信用代码，请联系管理员核实。");
        }
        if (present(token, PlatformClaims.DISTRICT).filter(code -> !DISTRICT.matcher(code).matches()).isPresent()) {
            throw refused(PlatformClaims.DISTRICT, "您的账号关联的区市县（先导区）代码格式不正确，请联系管理员核实。");
        }
    }

    /** The claim as CurrentUser reads it: absent when missing or blank (an applicant without one is refused there). */
    private static Optional<String> present(Jwt token, String claim) {
        return Optional.ofNullable(token.getClaimAsString(claim)).filter(value -> !value.isBlank());
    }

    private static UnusableClaimException refused(String claim, String detail) {
        return new UnusableClaimException(new PlatformException(AccountClaimCode.ACCOUNT_CLAIM_INVALID, detail)
                .with(AccountClaimCode.CLAIM, claim));
    }
}

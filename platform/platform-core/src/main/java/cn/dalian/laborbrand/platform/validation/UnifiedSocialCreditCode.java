package cn.dalian.laborbrand.platform.validation;

import java.util.Optional;

/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015) that names every applicant unit: 18 characters of
 * {@code 0-9A-HJ-NPQRTUWXY}, the last one a check character over the first 17. The registering department, unit type
 * and area parts are not checked: old area codes (210231, 210242 …) stay valid after the districts changed.
 */
public final class UnifiedSocialCreditCode {

    /** The characters in the order of their values 0–30 (I, O, S, V and Z never occur). */
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int LENGTH = 18;

    private UnifiedSocialCreditCode() {
    }

    /** What is wrong with the text as a code, in Chinese for the person who typed it; empty when it is valid. */
    public static Optional<String> problemWith(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("请填写统一社会信用代码。");
        }
        if (code.length() != LENGTH) {
            return Optional.of("统一社会信用代码应为 18 位，您填写了 " + code.length() + " 位。");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i)
                        + "”不是允许的字符（只用数字和大写字母，不含 I、O、S、V、Z）。");
            }
        }
        if (!isValid(code)) {
            return Optional.of("统一社会信用代码的校验位（第 18 位）不正确，请核对营业执照。");
        }
        return Optional.empty();
    }

    /** Whether the text is a code whose characters are allowed and whose check character is right. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacterOf(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /** The check character of the first 17 characters: (31 − Σ value × weight mod 31) mod 31. */
    static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}

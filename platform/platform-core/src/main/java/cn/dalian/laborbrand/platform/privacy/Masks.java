package cn.dalian.laborbrand.platform.privacy;

/**
 * How personal data is shown in answers: enough to recognise one's own, never enough to use. One place, so that
 * every service masks a phone or an account the same way.
 */
public final class Masks {

    private Masks() {
    }

    /** A mobile number as {@code 139****5678}: the operator prefix and the last four digits. */
    public static String mobile(String mobile) {
        if (mobile == null || mobile.length() < 8) {
            return mobile == null ? null : "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }

    /** A bank account number as {@code 6222 **** **** 0123}: the first and the last four digits. */
    public static String accountNumber(String number) {
        if (number == null || number.length() < 9) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 4) + " **** **** " + number.substring(number.length() - 4);
    }
}

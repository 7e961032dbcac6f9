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

    /** An e-mail address as {@code h***@jingang-hr.example.com}: its first character and its domain. */
    public static String email(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at < 1) {
            return "*".repeat(address.length());
        }
        return address.substring(0, address.offsetByCodePoints(0, 1)) + "***" + address.substring(at);
    }

    /** A bank account number as {@code 6222 **** **** 0123}: the first and the last four digits. */
    public static String accountNumber(String number) {
        if (number == null || number.length() < 9) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 4) + " **** **** " + number.substring(number.length() - 4);
    }

    /** A resident ID number as {@code 2102**********1239}: the province and city, and the last four characters. */
    public static String idNumber(String number) {
        if (number == null || number.length() < 9) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** A person's name as {@code 王*} or {@code 欧阳**}: the family name's first character only. */
    public static String personName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}

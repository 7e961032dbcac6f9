package cn.dalian.laborbrand.application.roster;

/** Test data: the check character GB 11643 gives the first 17 digits, to make valid numbers of any birth date. */
final class ResidentIdNumberCheck {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private ResidentIdNumberCheck() {
    }

    static char of(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** A valid number from an address code, a birth date (yyyyMMdd) and an order code. */
    static String number(String address, String born, int order) {
        String first17 = address + born + String.format("%03d", order % 1000);
        return first17 + of(first17);
    }
}

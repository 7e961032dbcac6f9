package cn.dalian.laborbrand.platform.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The citizen's resident identity number (公民身份号码, GB 11643-1999): six digits of the address code, eight of the
 * birth date, three of the order code and a check character (ISO 7064 MOD 11-2) that may be {@code X}. The birth
 * date must be a real date and not after the day it is checked on.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int LENGTH = 18;
    /** Household registration in Dalian (大连市户籍): the address code starts with 2102. */
    private static final String DALIAN_PREFIX = "2102";

    private ResidentIdNumber() {
    }

    /** What is wrong with the text as an ID number, in Chinese; empty when it is valid on {@code today}. */
    public static Optional<String> problemWith(String number, LocalDate today) {
        if (number == null || number.isEmpty()) {
            return Optional.of("身份证号码未填写");
        }
        if (number.length() != LENGTH) {
            return Optional.of("身份证号码应为 18 位，此处为 " + number.length() + " 位");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return Optional.of("身份证号码前 17 位应为数字，第 " + (i + 1) + " 位是“" + number.charAt(i) + "”");
            }
        }
        char last = number.charAt(LENGTH - 1);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("身份证号码第 18 位应为数字或大写字母 X");
        }
        LocalDate born = birthDate(number);
        if (born == null) {
            return Optional.of("身份证号码中的出生日期“" + number.substring(6, 14) + "”不是真实的日期");
        }
        if (born.isAfter(today)) {
            return Optional.of("身份证号码中的出生日期 " + born + " 晚于今天");
        }
        if (checkCharacterOf(number) != last) {
            return Optional.of("身份证号码校验位（第 18 位）不正确");
        }
        return Optional.empty();
    }

    public static boolean isValid(String number, LocalDate today) {
        return problemWith(number, today).isEmpty();
    }

    /** Whether a valid number's address code is in Dalian (大连市户籍). */
    public static boolean isDalianHousehold(String number) {
        return number.startsWith(DALIAN_PREFIX);
    }

    /** The check character of the first 17 digits (of a number, or of the 17 alone): Σ digit × weight mod 11, mapped through {@code 10X98765432}. */
    public static char checkCharacterOf(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number, 6, 10, 10), Integer.parseInt(number, 10, 12, 10),
                    Integer.parseInt(number, 12, 14, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package cn.dalian.laborbrand.review.objection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * What a person who objected keeps: the receipt number (受理编号, YY + the day + six digits) and a query code of eight
 * characters that nobody can read back from the database, only check.
 */
public record Receipt(String number, String queryCode) {

    /** No 0/O, 1/I: a code read aloud on the phone or copied by hand is copied right. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    static Receipt issue(LocalDate today, RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return new Receipt("YY" + DAY.format(today) + "%06d".formatted(random.nextInt(1_000_000)), code.toString());
    }

    public String queryCodeHash() {
        return hashOf(number, queryCode);
    }

    /** The digest kept instead of the code; a code typed in lower case is the same code. */
    static String hashOf(String number, String queryCode) {
        return Digests.sha256(number + ":" + (queryCode == null ? "" : queryCode.strip().toUpperCase(Locale.ROOT)));
    }
}

package cn.dalian.laborbrand.subsidy.reconciliation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * A statement imported for reconciliation: its day, the file (by its SHA-256, so that the same file imported again is
 * recognised), who imported it and when, and what the matching came to.
 */
public record StatementImport(UUID id, LocalDate statementDate, String fileSha256, String fileName, String importedBy, Instant importedAt,
        int lineCount, Money total, int matchedCount, int mismatchCount) {

    static final String DEFAULT_FILE_NAME = "对账单.csv";
    private static final int MOST_NAME_CHARACTERS = 200;

    /** The import of a statement with the results of its matching. */
    public static StatementImport of(UUID id, Statement statement, String fileSha256, String fileName, String by, Instant at,
            List<StatementEntry> entries) {
        int matched = (int) entries.stream().filter(entry -> !entry.status().isMismatch()).count();
        return new StatementImport(id, statement.date(), fileSha256, fileName, by, at, statement.lines().size(), statement.total(), matched,
                entries.size() - matched);
    }

    /** The file's fingerprint: lowercase hex of its SHA-256. */
    public static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The name the file had on the person's machine, without a folder (some browsers send one), at most 200 characters. */
    public static String fileNameOf(String given) {
        if (given == null) {
            return DEFAULT_FILE_NAME;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return DEFAULT_FILE_NAME;
        }
        return name.codePointCount(0, name.length()) > MOST_NAME_CHARACTERS
                ? name.substring(0, name.offsetByCodePoints(0, MOST_NAME_CHARACTERS)) : name;
    }
}

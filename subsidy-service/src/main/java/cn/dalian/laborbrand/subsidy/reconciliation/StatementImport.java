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
 * recognised), who imported it and when, and what the matching came to. A day has one current import: another file of the
 * day (the bank's corrected statement, or the running day's statement again once the day has closed) replaces it, and the
 * earlier import stays as history, {@code supersededBy} the new one.
 *
 * @param supersededBy the import of the same day that replaced this one, null while this is the day's current one
 * @param supersededAt when it was replaced, null with {@code supersededBy}
 */
public record StatementImport(UUID id, LocalDate statementDate, String fileSha256, String fileName, String importedBy, Instant importedAt,
        int lineCount, Money total, int matchedCount, int mismatchCount, UUID supersededBy, Instant supersededAt) {

    static final String DEFAULT_FILE_NAME = "对账单.csv";
    private static final int MOST_NAME_CHARACTERS = 200;

    /** Whether an import counts for its day: the current one does, one replaced by a later file of the day no longer does. */
    public enum Status {
        CURRENT("有效"),
        SUPERSEDED("已被更正");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public StatementImport {
        if ((supersededBy == null) != (supersededAt == null)) {
            throw new IllegalArgumentException("an import is superseded by another one at a time, or not at all");
        }
    }

    /** The import of a statement with the results of its matching: the current one of its day. */
    public static StatementImport of(UUID id, Statement statement, String fileSha256, String fileName, String by, Instant at,
            List<StatementEntry> entries) {
        int matched = (int) entries.stream().filter(entry -> !entry.status().isMismatch()).count();
        return new StatementImport(id, statement.date(), fileSha256, fileName, by, at, statement.lines().size(), statement.total(), matched,
                entries.size() - matched, null, null);
    }

    public Status status() {
        return supersededBy == null ? Status.CURRENT : Status.SUPERSEDED;
    }

    /**
     * This import as it stands once {@code replacement} (another file of the same day, imported now) has replaced it.
     *
     * @throws IllegalArgumentException when the replacement is of another day, this very import or the same file (which
     *                                  replaces nothing: it is the import it made)
     * @throws IllegalStateException    when this import was replaced already: only the day's current one is replaced
     */
    public StatementImport supersededBy(StatementImport replacement) {
        if (!replacement.statementDate().equals(statementDate) || replacement.id().equals(id) || replacement.fileSha256().equals(fileSha256)) {
            throw new IllegalArgumentException("an import is replaced only by another file of its day");
        }
        if (supersededBy != null) {
            throw new IllegalStateException("import %s was replaced already, by %s".formatted(id, supersededBy));
        }
        return new StatementImport(id, statementDate, fileSha256, fileName, importedBy, importedAt, lineCount, total, matchedCount, mismatchCount,
                replacement.id(), replacement.importedAt());
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

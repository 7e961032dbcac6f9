package cn.dalian.laborbrand.application.roster;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes rows into a table with PostgreSQL's {@code COPY … FROM STDIN} (CSV) as they are produced, in batches of a
 * few hundred kilobytes: the fastest way into PostgreSQL, and no more than one batch in memory.
 */
final class RosterCopy implements AutoCloseable {

    static final String WORKERS = """
            COPY roster_worker (roster_id, line, year, personal_enc, id_hmac, management, trained, passed, employer,
                                employer_in_dalian, out_of_province, contract_ref, insurance_ref, counting) FROM STDIN WITH (FORMAT csv)""";
    static final String REFUSALS = """
            COPY roster_refusal (roster_id, line, column_header, reason, masked_name, masked_id_number) FROM STDIN WITH (FORMAT csv)""";

    private static final int BATCH_CHARS = 256 * 1024;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final CopyIn copy;
    private final StringBuilder batch = new StringBuilder(BATCH_CHARS + 4096);
    private long rows;

    RosterCopy(CopyManager copies, String sql) throws SQLException {
        this.copy = copies.copyIn(sql);
    }

    void worker(UUID roster, WorkerRow worker, CountingRules.Counting counting, byte[] personal, byte[] idHash) throws SQLException {
        batch.append(roster).append(',').append(worker.line()).append(',').append(worker.year()).append(',');
        bytes(personal).append(',');
        bytes(idHash).append(',');
        batch.append(worker.management()).append(',').append(worker.trained()).append(',').append(worker.passed()).append(',');
        text(worker.employer()).append(',');
        batch.append(worker.employerInDalian()).append(',').append(worker.outOfProvince()).append(',');
        text(worker.contractRef()).append(',');
        text(worker.insuranceRef()).append(',');
        batch.append(counting.name()).append('\n');
        endRow();
    }

    void refusal(UUID roster, RowRefusal refusal) throws SQLException {
        batch.append(roster).append(',').append(refusal.line()).append(',');
        text(refusal.column()).append(',');
        text(refusal.reason()).append(',');
        text(refusal.maskedName()).append(',');
        text(refusal.maskedIdNumber()).append('\n');
        endRow();
    }

    long rows() {
        return rows;
    }

    /** Sends what is left and ends the COPY: the rows are in the table, within the caller's transaction. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons the COPY if it was not finished, so the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void endRow() throws SQLException {
        rows++;
        if (batch.length() >= BATCH_CHARS) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    /** A bytea value in COPY's text form, {@code \x…}, written straight into the batch. */
    private StringBuilder bytes(byte[] value) {
        batch.append("\\x");
        for (byte b : value) {
            batch.append(HEX_DIGITS[(b >> 4) & 0xF]).append(HEX_DIGITS[b & 0xF]);
        }
        return batch;
    }

    /** Text quoted as CSV wants, empty for {@code null} (unquoted empty is NULL in COPY's CSV format). */
    private StringBuilder text(String value) {
        if (value == null) {
            return batch;
        }
        batch.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                batch.append('"');
            }
            batch.append(c);
        }
        return batch.append('"');
    }
}

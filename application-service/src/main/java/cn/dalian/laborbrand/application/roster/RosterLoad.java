package cn.dalian.laborbrand.application.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.postgresql.copy.CopyManager;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * One import's rows on their way in: each row checked, a taken one counted, sealed and sent to {@code roster_worker}
 * by COPY, a refused one spooled to a file (the connection is busy with that COPY) and the first of them kept for the
 * answer. Reads one file.
 */
final class RosterLoad implements RosterRows, AutoCloseable {

    private final UUID rosterId;
    private final RosterRowRules rules;
    private final WorkerDataProtection protection;
    private final RosterTally tally = new RosterTally();
    private final RosterCopy workers;
    private final CsvWriter refusals;
    private final List<RowRefusal> firstRefusals = new ArrayList<>();
    private RosterHeader header;
    private int refused;

    RosterLoad(UUID rosterId, RosterRowRules rules, WorkerDataProtection protection, CopyManager copies, Path refusalFile)
            throws SQLException, IOException {
        this.rosterId = rosterId;
        this.rules = rules;
        this.protection = protection;
        this.workers = new RosterCopy(copies, RosterCopy.WORKERS);
        this.refusals = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(Files.newBufferedWriter(refusalFile));
    }

    @Override
    public void header(List<String> headers) {
        header = RosterHeader.of(headers);
    }

    @Override
    public void row(int line, List<String> cells) {
        RosterRowRules.Result result = rules.check(line, header.cells(cells));
        if (result.worker() != null) {
            take(result.worker());
        } else {
            refuse(result.refusal());
        }
    }

    /** Ends the workers' COPY and flushes the refusals' spool: the workers are in the table, the refusals in their file. */
    void finish() throws SQLException, IOException {
        workers.finish();
        refusals.flush();
    }

    RosterTally tally() {
        return tally;
    }

    int refused() {
        return refused;
    }

    List<RowRefusal> firstRefusals() {
        return firstRefusals;
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            workers.close();
        } finally {
            refusals.close();
        }
    }

    private void take(WorkerRow worker) {
        try {
            workers.worker(rosterId, worker, tally.add(worker), protection.encrypt(PersonalData.of(worker).sealed()),
                    protection.matchingHash(worker.idNumber()));
        } catch (SQLException e) {
            throw new IllegalStateException("roster COPY failed", e);
        }
    }

    private void refuse(RowRefusal refusal) {
        refused++;
        if (firstRefusals.size() < RosterService.REFUSALS_ANSWERED) {
            firstRefusals.add(refusal);
        }
        refusals.writeRecord(rosterId.toString(), String.valueOf(refusal.line()), refusal.column(), refusal.reason(), refusal.maskedName(),
                refusal.maskedIdNumber());
    }
}

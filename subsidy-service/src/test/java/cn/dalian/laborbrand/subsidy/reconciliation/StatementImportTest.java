package cn.dalian.laborbrand.subsidy.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A day's imports: the current one counts; another file of the day replaces it, and the earlier one stays, marked. */
class StatementImportTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    /** Imported by the clerk during the day, at 15:00 Beijing time, before the day had closed. */
    private final StatementImport duringTheDay = imported(DEC_1, "对账单-20261201-日间.csv", "finance-clerk", "2026-12-01T07:00:00Z");
    /** The day's statement once it had closed, imported by the approver the next morning. */
    private final StatementImport afterTheClose = imported(DEC_1, "对账单-20261201.csv", "finance-approver", "2026-12-02T01:30:00Z");

    @Test
    void aNewImportIsTheCurrentOneOfItsDay() {
        assertThat(duringTheDay.status()).isEqualTo(StatementImport.Status.CURRENT);
        assertThat(duringTheDay.status().label()).isEqualTo("有效");
        assertThat(duringTheDay.supersededBy()).isNull();
    }

    @Test
    void givenAnotherFileOfTheDayWhenItReplacesTheCurrentImportThenThatOneIsSupersededByItAtItsImport() {
        StatementImport superseded = duringTheDay.supersededBy(afterTheClose);

        assertThat(superseded.status()).isEqualTo(StatementImport.Status.SUPERSEDED);
        assertThat(superseded.status().label()).isEqualTo("已被更正");
        assertThat(superseded.supersededBy()).isEqualTo(afterTheClose.id());
        assertThat(superseded.supersededAt()).isEqualTo(Instant.parse("2026-12-02T01:30:00Z"));
        // the history stays whole: the file, who imported it when, what it came to
        assertThat(superseded).usingRecursiveComparison().ignoringFields("supersededBy", "supersededAt").isEqualTo(duringTheDay);
    }

    @Test
    void anImportSupersededAlreadyIsNotReplacedAgain() {
        StatementImport superseded = duringTheDay.supersededBy(afterTheClose);
        StatementImport corrected = imported(DEC_1, "对账单-20261201-更正.csv", "finance-clerk", "2026-12-03T02:00:00Z");

        assertThatThrownBy(() -> superseded.supersededBy(corrected)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnotherFileOfTheSameDayReplacesAnImport() {
        StatementImport secondOfDecember = imported(LocalDate.of(2026, 12, 2), "对账单-20261202.csv", "finance-clerk", "2026-12-03T01:00:00Z");
        StatementImport sameFile = new StatementImport(UUID.randomUUID(), DEC_1, duringTheDay.fileSha256(), "对账单(1).csv", "finance-approver",
                Instant.parse("2026-12-02T01:00:00Z"), 0, duringTheDay.total(), 0, 0, null, null);

        assertThatThrownBy(() -> duringTheDay.supersededBy(secondOfDecember)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> duringTheDay.supersededBy(duringTheDay)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> duringTheDay.supersededBy(sameFile)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImportIsSupersededByAnotherAtATimeOrNotAtAll() {
        assertThatThrownBy(() -> new StatementImport(UUID.randomUUID(), DEC_1, duringTheDay.fileSha256(), "对账单.csv", "finance-clerk",
                Instant.parse("2026-12-02T01:00:00Z"), 0, duringTheDay.total(), 0, 0, UUID.randomUUID(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static StatementImport imported(LocalDate day, String fileName, String by, String at) {
        Statement statement = new Statement(day, List.of());
        return StatementImport.of(UUID.randomUUID(), statement, StatementImport.fingerprint(fileName.getBytes(StandardCharsets.UTF_8)), fileName, by,
                Instant.parse(at), List.of());
    }
}

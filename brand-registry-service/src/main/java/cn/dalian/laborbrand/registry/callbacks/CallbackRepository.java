package cn.dalian.laborbrand.registry.callbacks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quarters' samples, their call lists and the record of every number revealed. */
@Repository
class CallbackRepository {

    private static final String CALLS = """
            SELECT c.*, (SELECT count(*) FROM callback_reveal r WHERE r.sample_id = c.sample_id AND r.position = c.position) AS reveals
            FROM callback_call c
            """;

    private final JdbcClient jdbc;

    CallbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SampleRecord> find(UUID brandId, SamplingQuarter quarter) {
        return jdbc.sql("SELECT * FROM callback_sample WHERE brand_id = :brandId AND year = :year AND quarter = :quarter")
                .param("brandId", brandId).param("year", quarter.year()).param("quarter", quarter.quarter())
                .query((row, n) -> sample(row, calls(row.getObject("id", UUID.class)))).optional();
    }

    /** Every quarter's sample of the brand, the latest quarter first. */
    List<SampleRecord> findAll(UUID brandId) {
        List<SampleRecord> samples = jdbc.sql("SELECT * FROM callback_sample WHERE brand_id = :brandId ORDER BY year DESC, quarter DESC")
                .param("brandId", brandId).query((row, n) -> sample(row, List.of())).list();
        if (samples.isEmpty()) {
            return samples;
        }
        Map<UUID, List<CallRecord>> calls = jdbc.sql(CALLS + " WHERE c.sample_id IN (:ids) ORDER BY c.position")
                .param("ids", samples.stream().map(SampleRecord::id).toList())
                .query((row, n) -> Map.entry(row.getObject("sample_id", UUID.class), call(row)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return samples.stream().map(sample -> new SampleRecord(sample.id(), sample.brandId(), sample.quarter(), sample.seed(), sample.size(),
                sample.sampleMaximum(), sample.sampleShare(), sample.rosterSize(), sample.drawnBy(), sample.drawnAt(),
                calls.getOrDefault(sample.id(), List.of()))).toList();
    }

    /** Keeps a sample and its call list; a second draw of the same quarter collides on (brand, year, quarter). */
    void insert(SampleRecord sample) {
        jdbc.sql("""
                INSERT INTO callback_sample (id, brand_id, year, quarter, seed, size, sample_maximum, sample_share, roster_size, drawn_by, drawn_at)
                VALUES (:id, :brandId, :year, :quarter, :seed, :size, :maximum, :share, :rosterSize, :drawnBy, :drawnAt)
                """)
                .param("id", sample.id()).param("brandId", sample.brandId()).param("year", sample.quarter().year())
                .param("quarter", sample.quarter().quarter()).param("seed", sample.seed()).param("size", sample.size())
                .param("maximum", sample.sampleMaximum()).param("share", sample.sampleShare()).param("rosterSize", sample.rosterSize())
                .param("drawnBy", sample.drawnBy()).param("drawnAt", Timestamp.from(sample.drawnAt()))
                .update();
        for (CallRecord call : sample.calls()) {
            jdbc.sql("""
                    INSERT INTO callback_call (sample_id, position, roster_line, roster_year, employer, masked_name, masked_phone)
                    VALUES (:sampleId, :position, :line, :year, :employer, :name, :phone)
                    """)
                    .param("sampleId", sample.id()).param("position", call.position()).param("line", call.rosterLine())
                    .param("year", call.rosterYear()).param("employer", call.employer()).param("name", call.maskedName())
                    .param("phone", call.maskedPhone())
                    .update();
        }
    }

    void recordOutcome(UUID sampleId, CallRecord call) {
        CallOutcome outcome = call.outcome();
        jdbc.sql("""
                UPDATE callback_call SET reach = :reach, employment = :employment, complaint = :complaint, note = :note,
                       called_by = :calledBy, called_at = :calledAt
                WHERE sample_id = :sampleId AND position = :position
                """)
                .param("reach", outcome.reach().name())
                .param("employment", outcome.employment() == null ? null : outcome.employment().name())
                .param("complaint", outcome.complaint()).param("note", call.note()).param("calledBy", call.calledBy())
                .param("calledAt", Timestamp.from(call.calledAt()))
                .param("sampleId", sampleId).param("position", call.position())
                .update();
    }

    void recordReveal(UUID sampleId, int position, String revealedBy, String role, String reason, Instant at) {
        jdbc.sql("""
                INSERT INTO callback_reveal (sample_id, position, revealed_by, role, reason, revealed_at)
                VALUES (:sampleId, :position, :revealedBy, :role, :reason, :at)
                """)
                .param("sampleId", sampleId).param("position", position).param("revealedBy", revealedBy).param("role", role)
                .param("reason", reason).param("at", Timestamp.from(at))
                .update();
    }

    private List<CallRecord> calls(UUID sampleId) {
        return jdbc.sql(CALLS + " WHERE c.sample_id = :sampleId ORDER BY c.position").param("sampleId", sampleId)
                .query((row, n) -> call(row)).list();
    }

    private static SampleRecord sample(ResultSet row, List<CallRecord> calls) throws SQLException {
        return new SampleRecord(row.getObject("id", UUID.class), row.getObject("brand_id", UUID.class),
                new SamplingQuarter(row.getInt("year"), row.getInt("quarter")), row.getString("seed"), row.getInt("size"),
                row.getInt("sample_maximum"), row.getBigDecimal("sample_share"), row.getInt("roster_size"), row.getString("drawn_by"),
                row.getTimestamp("drawn_at").toInstant(), calls);
    }

    private static CallRecord call(ResultSet row) throws SQLException {
        String workerId = Integer.toString(row.getInt("roster_line"));
        String reach = row.getString("reach");
        CallOutcome outcome = reach == null ? null : new CallOutcome(workerId, CallOutcome.Reach.valueOf(reach),
                Optional.ofNullable(row.getString("employment")).map(CallOutcome.Employment::valueOf).orElse(null), row.getBoolean("complaint"));
        Timestamp calledAt = row.getTimestamp("called_at");
        return new CallRecord(row.getInt("position"), row.getInt("roster_line"), row.getInt("roster_year"), row.getString("employer"),
                row.getString("masked_name"), row.getString("masked_phone"), outcome, row.getString("note"), row.getString("called_by"),
                calledAt == null ? null : calledAt.toInstant(), row.getInt("reveals"));
    }
}

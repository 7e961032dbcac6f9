package cn.dalian.laborbrand.registry.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ExitCause;

/** Exit proposals with their decisions, and provincial certifications, in the service's own database. */
@Repository
class LifecycleRecords {

    /** An exit proposed after a rectification, and the leading group's decision once taken. */
    record ExitRecord(UUID brandId, UUID rectificationId, ExitCause cause, LocalDate proposedOn, String proposedBy, String decisionReference,
            LocalDate decidedOn, String decidedBy, Instant decidedAt) {

        ExitDecision decision() {
            return decisionReference == null ? null : new ExitDecision(decisionReference, decidedOn);
        }
    }

    /** The province's certification as recorded. */
    record ProvincialRecord(UUID brandId, String decisionReference, LocalDate decidedOn, UUID documentFileId, String documentSha256,
            String recordedBy, Instant recordedAt) {

        ProvincialCertification certification() {
            return new ProvincialCertification(decisionReference, decidedOn, documentFileId.toString());
        }
    }

    private final JdbcClient jdbc;

    LifecycleRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a proposal: one per brand, as nothing leads out of a proposed exit but the exit. */
    void propose(ExitRecord proposal) {
        jdbc.sql("""
                INSERT INTO exit_proposal (brand_id, rectification_id, cause, proposed_on, proposed_by)
                VALUES (:brandId, :rectificationId, :cause, :proposedOn, :proposedBy)
                """)
                .param("brandId", proposal.brandId()).param("rectificationId", proposal.rectificationId()).param("cause", proposal.cause().name())
                .param("proposedOn", proposal.proposedOn()).param("proposedBy", proposal.proposedBy())
                .update();
    }

    void decideExit(UUID brandId, ExitDecision decision, String decidedBy, Instant at) {
        jdbc.sql("""
                UPDATE exit_proposal SET decision_reference = :reference, decided_on = :decidedOn, decided_by = :by, decided_at = :at
                WHERE brand_id = :brandId AND decided_on IS NULL
                """)
                .param("reference", decision.reference()).param("decidedOn", decision.decidedOn()).param("by", decidedBy)
                .param("at", Timestamp.from(at)).param("brandId", brandId)
                .update();
    }

    Optional<ExitRecord> exit(UUID brandId) {
        return jdbc.sql("SELECT * FROM exit_proposal WHERE brand_id = :id").param("id", brandId).query(LifecycleRecords::exitRecord).optional();
    }

    /** The proposals the leading group has not decided yet, oldest first. */
    List<ExitRecord> undecidedExits() {
        return jdbc.sql("SELECT * FROM exit_proposal WHERE decided_on IS NULL ORDER BY proposed_on, brand_id").query(LifecycleRecords::exitRecord)
                .list();
    }

    /** Keeps the province's certification; a second one of the brand (two at once) collides on the key and is refused. */
    void recordProvincial(ProvincialRecord record) {
        try {
            insertProvincial(record);
        } catch (DuplicateKeyException e) {
            throw new PlatformException(LifecycleProblem.PROVINCIAL_ALREADY_RECORDED);
        }
    }

    private void insertProvincial(ProvincialRecord record) {
        jdbc.sql("""
                INSERT INTO provincial_certification (brand_id, decision_reference, decided_on, document_file_id, document_sha256, recorded_by,
                                                      recorded_at)
                VALUES (:brandId, :reference, :decidedOn, :fileId, :sha256, :by, :at)
                """)
                .param("brandId", record.brandId()).param("reference", record.decisionReference()).param("decidedOn", record.decidedOn())
                .param("fileId", record.documentFileId()).param("sha256", record.documentSha256()).param("by", record.recordedBy())
                .param("at", Timestamp.from(record.recordedAt()))
                .update();
    }

    Optional<ProvincialRecord> provincial(UUID brandId) {
        return jdbc.sql("SELECT * FROM provincial_certification WHERE brand_id = :id").param("id", brandId)
                .query((row, n) -> new ProvincialRecord(row.getObject("brand_id", UUID.class), row.getString("decision_reference"),
                        row.getObject("decided_on", LocalDate.class), row.getObject("document_file_id", UUID.class),
                        row.getString("document_sha256").strip(), row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    private static ExitRecord exitRecord(ResultSet row, int n) throws SQLException {
        Timestamp decidedAt = row.getTimestamp("decided_at");
        return new ExitRecord(row.getObject("brand_id", UUID.class), row.getObject("rectification_id", UUID.class),
                ExitCause.valueOf(row.getString("cause")), row.getObject("proposed_on", LocalDate.class), row.getString("proposed_by"),
                row.getString("decision_reference"), row.getObject("decided_on", LocalDate.class), row.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}

package cn.dalian.laborbrand.review.objection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.privacy.PersonalDataCipher;

/** Objections and their investigation notes; the name and contact of the person who objected stored encrypted. */
@Repository
class ObjectionRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ObjectionRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** False when the receipt number is taken (drawn twice on one day): the caller draws another. */
    boolean insert(Objection objection) {
        return jdbc.sql("""
                INSERT INTO objection (id, receipt_number, query_code_hash, notice_id, entry_id, case_id, district, brand_name, unit_name,
                                       objector_name, objector_contact, contact_kind, content, content_digest, status, lodged_at, version)
                VALUES (:id, :receipt, :codeHash, :noticeId, :entryId, :caseId, :district, :brandName, :unitName, :name, :contact,
                        :contactKind, :content, :digest, :status, :lodgedAt, 0)
                ON CONFLICT (receipt_number) DO NOTHING
                """)
                .param("id", objection.id())
                .param("receipt", objection.receiptNumber())
                .param("codeHash", objection.queryCodeHash())
                .param("noticeId", objection.noticeId())
                .param("entryId", objection.entryId())
                .param("caseId", objection.caseId())
                .param("district", objection.district())
                .param("brandName", objection.brandName())
                .param("unitName", objection.unitName())
                .param("name", cipher.encrypt(objection.objector().name()))
                .param("contact", cipher.encrypt(objection.objector().contact().value()))
                .param("contactKind", objection.objector().contact().kind().name())
                .param("content", objection.content())
                .param("digest", objection.contentDigest())
                .param("status", objection.status().name())
                .param("lodgedAt", Timestamp.from(objection.lodgedAt()))
                .update() == 1;
    }

    boolean exists(UUID entryId, String contentDigest) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM objection WHERE entry_id = :entryId AND content_digest = :digest)")
                .param("entryId", entryId).param("digest", contentDigest).query(Boolean.class).single();
    }

    /** Writes the objection's new state if nobody changed it since it was read. */
    void update(Objection objection) {
        int updated = jdbc.sql("""
                UPDATE objection SET status = :status, outcome = :outcome, finding = :finding, resolved_by = :resolvedBy,
                       resolved_at = :resolvedAt, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", objection.id())
                .param("version", objection.version())
                .param("status", objection.status().name())
                .param("outcome", objection.outcome() == null ? null : objection.outcome().name())
                .param("finding", objection.finding())
                .param("resolvedBy", objection.resolvedBy())
                .param("resolvedAt", objection.resolvedAt() == null ? null : Timestamp.from(objection.resolvedAt()))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("objection " + objection.id() + " was changed meanwhile");
        }
    }

    Optional<Objection> find(UUID id) {
        return jdbc.sql("SELECT * FROM objection WHERE id = :id").param("id", id).query(this::map).optional();
    }

    Optional<Objection> findByReceipt(String receiptNumber) {
        return jdbc.sql("SELECT * FROM objection WHERE receipt_number = :receipt").param("receipt", receiptNumber).query(this::map).optional();
    }

    List<Objection> findByCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM objection WHERE case_id = :caseId ORDER BY lodged_at, id").param("caseId", caseId).query(this::map)
                .list();
    }

    boolean anyOpen(UUID caseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM objection WHERE case_id = :caseId AND status <> 'RESOLVED')")
                .param("caseId", caseId).query(Boolean.class).single();
    }

    /** A page of a district's objections, oldest first, optionally of one status. */
    Page<Objection> findInDistrict(String district, Optional<ObjectionStatus> status, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        String where = "district = :district AND (CAST(:status AS varchar) IS NULL OR status = :status)";
        List<Objection> fetched = jdbc.sql("SELECT * FROM objection WHERE " + where + """
                 AND (CAST(:afterAt AS timestamptz) IS NULL OR (lodged_at, id) > (:afterAt, :afterId))
                ORDER BY lodged_at, id
                LIMIT :limit
                """)
                .param("district", district)
                .param("status", status.map(Enum::name).orElse(null))
                .param("afterAt", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query(this::map)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM objection WHERE " + where).param("district", district)
                        .param("status", status.map(Enum::name).orElse(null)).query(Long.class).single()
                : null;
        return Page.of(fetched, page, objection -> Cursor.of(objection.lodgedAt(), objection.id()), total);
    }

    void addNote(UUID objectionId, InvestigationNote note) {
        jdbc.sql("INSERT INTO objection_note (objection_id, note, author, at) VALUES (:id, :note, :author, :at)")
                .param("id", objectionId).param("note", note.note()).param("author", note.author()).param("at", Timestamp.from(note.at()))
                .update();
    }

    List<InvestigationNote> notes(UUID objectionId) {
        return jdbc.sql("SELECT note, author, at FROM objection_note WHERE objection_id = :id ORDER BY id").param("id", objectionId)
                .query((row, n) -> new InvestigationNote(row.getString("note"), row.getString("author"), row.getTimestamp("at").toInstant()))
                .list();
    }

    private Objection map(ResultSet row, int rowNumber) throws SQLException {
        String outcome = row.getString("outcome");
        Timestamp resolvedAt = row.getTimestamp("resolved_at");
        Objection.Objector objector = new Objection.Objector(cipher.decrypt(row.getString("objector_name")),
                new Contact(Contact.Kind.valueOf(row.getString("contact_kind")), cipher.decrypt(row.getString("objector_contact"))));
        return new Objection(row.getObject("id", UUID.class), row.getString("receipt_number"), row.getString("query_code_hash"),
                row.getObject("notice_id", UUID.class), row.getObject("entry_id", UUID.class), row.getObject("case_id", UUID.class),
                row.getString("district"), row.getString("brand_name"), row.getString("unit_name"), objector, row.getString("content"),
                row.getString("content_digest"), ObjectionStatus.valueOf(row.getString("status")),
                outcome == null ? null : ObjectionOutcome.valueOf(outcome), row.getString("finding"), row.getTimestamp("lodged_at").toInstant(),
                row.getString("resolved_by"), resolvedAt == null ? null : resolvedAt.toInstant(), row.getInt("version"));
    }
}

package cn.dalian.laborbrand.registry.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * The rectification feature's store, its service to the lifecycle: the order, its answers and extensions in their own
 * rows, the reminders sent. The only class touching the {@code rectification*} tables; each call joins the caller's
 * transaction, so a lifecycle step stores the rectification with the brand's status and its events.
 */
@Service
@Transactional
public class RectificationRecords {

    private final JdbcClient jdbc;

    RectificationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a new order; a second running rectification of the brand collides with the database's own rule. */
    public void insert(RecordedRectification recorded) {
        Rectification r = recorded.rectification();
        try {
            jdbc.sql("""
                    INSERT INTO rectification (id, brand_id, district, reasons, explanation, ordered_on, ordered_by, ordered_at, working_days,
                                               deadline, status, version)
                    VALUES (:id, :brandId, :district, string_to_array(:reasons, ','), :explanation, :orderedOn, :orderedBy, :orderedAt,
                            :workingDays, :deadline, :status, 0)
                    """)
                    .param("id", r.id()).param("brandId", r.brandId()).param("district", recorded.district())
                    .param("reasons", r.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .param("explanation", r.explanation()).param("orderedOn", r.orderedOn()).param("orderedBy", recorded.orderedBy())
                    .param("orderedAt", Timestamp.from(recorded.orderedAt())).param("workingDays", recorded.workingDays())
                    .param("deadline", r.deadline()).param("status", r.status().name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PlatformException(RectificationProblem.ALREADY_RUNNING);
        }
    }

    /**
     * Keeps a step: the order's status, deadline and decision, and the answer or extension it added (by {@code actor}),
     * if nobody stepped in since {@code before} was read.
     */
    public void update(RecordedRectification before, Rectification after, String actor) {
        Rectification.Decision decision = after.decision();
        int updated = jdbc.sql("""
                UPDATE rectification SET status = :status, deadline = :deadline, decision = :decision, decided_on = :decidedOn,
                       decision_note = :note, decided_by = :decidedBy, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("status", after.status().name()).param("deadline", after.deadline())
                .param("decision", decision == null ? null : decision.outcome().name())
                .param("decidedOn", decision == null ? null : decision.decidedOn())
                .param("note", decision == null ? null : decision.note())
                .param("decidedBy", decision == null ? null : actor)
                .param("id", after.id()).param("version", before.version())
                .update();
        if (updated != 1) {
            throw PlatformException.conflict("该整改刚被他人处理，请刷新后重试。");
        }
        List<Rectification.Answer> answers = after.answers();
        for (int seq = before.rectification().answers().size(); seq < answers.size(); seq++) {
            Rectification.Answer answer = answers.get(seq);
            jdbc.sql("""
                    INSERT INTO rectification_answer (rectification_id, seq, text, evidence_file_ids, answered_on, answered_by)
                    VALUES (:id, :seq, :text, CAST(string_to_array(:files, ',') AS uuid[]), :answeredOn, :by)
                    """)
                    .param("id", after.id()).param("seq", seq).param("text", answer.text())
                    .param("files", String.join(",", answer.evidenceReferences())).param("answeredOn", answer.answeredOn()).param("by", actor)
                    .update();
        }
        List<Rectification.Extension> extensions = after.extensions();
        for (int seq = before.rectification().extensions().size(); seq < extensions.size(); seq++) {
            Rectification.Extension extension = extensions.get(seq);
            jdbc.sql("""
                    INSERT INTO rectification_extension (rectification_id, seq, decided_on, working_days, previous_deadline, new_deadline,
                                                         reason, decided_by)
                    VALUES (:id, :seq, :decidedOn, :workingDays, :previous, :next, :reason, :by)
                    """)
                    .param("id", after.id()).param("seq", seq).param("decidedOn", extension.decidedOn())
                    .param("workingDays", extension.workingDays()).param("previous", extension.previousDeadline())
                    .param("next", extension.newDeadline()).param("reason", extension.reason()).param("by", actor)
                    .update();
        }
    }

    public Optional<RecordedRectification> find(UUID id) {
        return one("SELECT * FROM rectification WHERE id = :id", id);
    }

    /** The rectification, its row locked until the transaction ends (the daily check and a reviewer never both close it). */
    public Optional<RecordedRectification> findForUpdate(UUID id) {
        return one("SELECT * FROM rectification WHERE id = :id FOR UPDATE", id);
    }

    /** The brand's rectification still running (open or answered), if any. */
    public Optional<RecordedRectification> findRunning(UUID brandId) {
        return one("SELECT * FROM rectification WHERE brand_id = :id AND status IN ('OPEN', 'ANSWERED')", brandId);
    }

    /** Every rectification of the brand, the latest first. */
    public List<RecordedRectification> history(UUID brandId) {
        return withChildren(jdbc.sql("SELECT * FROM rectification WHERE brand_id = :id ORDER BY ordered_at DESC, id")
                .param("id", brandId).query(RectificationRecords::map).list());
    }

    /** The open rectifications (no answer waiting) whose deadline is before {@code today}: overdue. */
    public List<UUID> overdueOn(LocalDate today) {
        return jdbc.sql("SELECT id FROM rectification WHERE status = 'OPEN' AND deadline < :today ORDER BY deadline, id")
                .param("today", today).query(UUID.class).list();
    }

    /** The open rectifications whose deadline is today or later: those a reminder may be due for. */
    public List<RecordedRectification> openOn(LocalDate today) {
        return withChildren(jdbc.sql("SELECT * FROM rectification WHERE status = 'OPEN' AND deadline >= :today ORDER BY deadline, id")
                .param("today", today).query(RectificationRecords::map).list());
    }

    /** Notes the reminder of the day; false when it was already sent (by this or another instance). */
    public boolean markReminder(UUID rectificationId, LocalDate day, int workingDaysLeft, Instant at) {
        return jdbc.sql("""
                INSERT INTO rectification_reminder (rectification_id, due_on, working_days_left, sent_at) VALUES (:id, :day, :left, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("id", rectificationId).param("day", day).param("left", workingDaysLeft).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /**
     * A page of the rectifications still running (or of one status), optionally of one district, nearest deadline
     * first.
     */
    public Page<RecordedRectification> running(Optional<RectificationStatus> status, Optional<String> district, PageQuery page) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("statuses", status.map(s -> List.of(s.name())).orElse(List.of(RectificationStatus.OPEN.name(), RectificationStatus.ANSWERED.name())));
        filter.put("district", district.orElse(null));
        String where = "status IN (:statuses) AND (CAST(:district AS varchar) IS NULL OR district = :district)";
        Optional<Cursor> after = page.after(2);
        List<RecordedRectification> fetched = withChildren(jdbc.sql("SELECT * FROM rectification WHERE " + where + """
                 AND (CAST(:afterDay AS date) IS NULL OR (deadline, id) > (:afterDay, :afterId))
                ORDER BY deadline, id
                LIMIT :limit
                """)
                .params(filter)
                .param("afterDay", after.map(cursor -> cursor.date(0)).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query(RectificationRecords::map).list());
        Long total = page.isFirstPage() ? jdbc.sql("SELECT count(*) FROM rectification WHERE " + where).params(filter).query(Long.class).single()
                : null;
        return Page.of(fetched, page, r -> Cursor.of(r.rectification().deadline(), r.rectification().id()), total);
    }

    private Optional<RecordedRectification> one(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(RectificationRecords::map).optional().map(r -> withChildren(List.of(r)).getFirst());
    }

    /** The rows read, completed with their answers and extensions (two queries for the lot). */
    private List<RecordedRectification> withChildren(List<RecordedRectification> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(r -> r.rectification().id()).toList();
        Map<UUID, List<Rectification.Answer>> answers = new HashMap<>();
        jdbc.sql("""
                SELECT rectification_id, text, array_to_string(evidence_file_ids, ',') AS files, answered_on
                FROM rectification_answer WHERE rectification_id IN (:ids) ORDER BY rectification_id, seq
                """)
                .param("ids", ids)
                .query((row, n) -> {
                    String files = row.getString("files");
                    answers.computeIfAbsent(row.getObject("rectification_id", UUID.class), k -> new ArrayList<>())
                            .add(new Rectification.Answer(row.getString("text"), files.isEmpty() ? List.of() : Arrays.asList(files.split(",")),
                                    row.getObject("answered_on", LocalDate.class)));
                    return null;
                }).list();
        Map<UUID, List<Rectification.Extension>> extensions = new HashMap<>();
        jdbc.sql("SELECT * FROM rectification_extension WHERE rectification_id IN (:ids) ORDER BY rectification_id, seq")
                .param("ids", ids)
                .query((row, n) -> {
                    extensions.computeIfAbsent(row.getObject("rectification_id", UUID.class), k -> new ArrayList<>())
                            .add(new Rectification.Extension(row.getObject("decided_on", LocalDate.class), row.getInt("working_days"),
                                    row.getObject("previous_deadline", LocalDate.class), row.getObject("new_deadline", LocalDate.class),
                                    row.getString("reason")));
                    return null;
                }).list();
        return rows.stream().map(recorded -> {
            Rectification r = recorded.rectification();
            Rectification complete = new Rectification(r.id(), r.brandId(), r.reasons(), r.explanation(), r.orderedOn(), r.deadline(), r.status(),
                    answers.getOrDefault(r.id(), List.of()), extensions.getOrDefault(r.id(), List.of()), r.decision());
            return new RecordedRectification(complete, recorded.district(), recorded.workingDays(), recorded.orderedBy(), recorded.orderedAt(),
                    recorded.decidedBy(), recorded.version());
        }).toList();
    }

    private static RecordedRectification map(ResultSet row, int rowNumber) throws SQLException {
        String[] reasons = (String[]) row.getArray("reasons").getArray();
        String decision = row.getString("decision");
        Rectification rectification = new Rectification(row.getObject("id", UUID.class), row.getObject("brand_id", UUID.class),
                Arrays.stream(reasons).map(RectificationReason::valueOf).collect(Collectors.toSet()), row.getString("explanation"),
                row.getObject("ordered_on", LocalDate.class), row.getObject("deadline", LocalDate.class),
                RectificationStatus.valueOf(row.getString("status")), List.of(), List.of(),
                decision == null ? null : new Rectification.Decision(RectificationStatus.valueOf(decision), row.getObject("decided_on", LocalDate.class),
                        row.getString("decision_note")));
        return new RecordedRectification(rectification, row.getString("district"), row.getInt("working_days"), row.getString("ordered_by"),
                row.getTimestamp("ordered_at").toInstant(), row.getString("decided_by"), row.getInt("version"));
    }
}

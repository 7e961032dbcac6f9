package cn.dalian.laborbrand.notification.digest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bureaus' queues, the events already taken note of, and the digests already sent. */
@Repository
class QueueRepository {

    private final JdbcClient jdbc;

    QueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the event is new to the queue (and now remembered); false when it was tracked before. */
    boolean firstTimeOf(UUID eventId, Instant at) {
        return jdbc.sql("INSERT INTO review_queue_event (event_id, tracked_at) VALUES (:id, :at) ON CONFLICT DO NOTHING")
                .param("id", eventId).param("at", Timestamp.from(at)).update() == 1;
    }

    void apply(QueueChange change, Instant at) {
        switch (change) {
            case QueueChange.Open open -> open(open.item(), at);
            case QueueChange.Close close -> jdbc.sql("""
                    UPDATE review_queue_item SET open = false, updated_at = :at WHERE subject_id = :subject AND task = :task AND open
                    """).param("subject", close.subject()).param("task", close.task().name()).param("at", Timestamp.from(at)).update();
            case QueueChange.CloseAll all -> jdbc.sql("""
                    UPDATE review_queue_item SET open = false, updated_at = :at
                    WHERE (subject_id = :subject OR application_id = :subject) AND open
                    """).param("subject", all.subject()).param("at", Timestamp.from(at)).update();
            case QueueChange.Reschedule moved -> jdbc.sql("""
                    UPDATE review_queue_item SET due_on = :dueOn, updated_at = :at WHERE subject_id = :subject AND task = :task AND open
                    """).param("subject", moved.subject()).param("task", moved.task().name()).param("dueOn", moved.dueOn())
                    .param("at", Timestamp.from(at)).update();
        }
    }

    /** Opens an item, or opens it again from a new day; a unit's name the event did not tell is taken from its other items. */
    private void open(QueueItem item, Instant at) {
        jdbc.sql("""
                INSERT INTO review_queue_item (subject_id, task, bureau, application_id, org_id, unit_name, brand_name, since, due_on, open, updated_at)
                VALUES (:subject, :task, :bureau, :applicationId, :orgId,
                        COALESCE(:unitName, (SELECT unit_name FROM review_queue_item WHERE org_id = :orgId AND unit_name IS NOT NULL LIMIT 1)),
                        :brandName, :since, :dueOn, true, :at)
                ON CONFLICT (subject_id, task) DO UPDATE SET bureau = EXCLUDED.bureau, since = EXCLUDED.since, due_on = EXCLUDED.due_on,
                        unit_name = COALESCE(EXCLUDED.unit_name, review_queue_item.unit_name), brand_name = EXCLUDED.brand_name,
                        open = true, updated_at = EXCLUDED.updated_at
                """)
                .param("subject", item.subject()).param("task", item.task().name()).param("bureau", item.bureau())
                .param("applicationId", item.applicationId()).param("orgId", item.orgId()).param("unitName", item.unitName())
                .param("brandName", item.brandName()).param("since", item.since()).param("dueOn", item.dueOn())
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Plans the day's digests on the day's first run: every bureau with anything open then. Later runs find the day planned
     * and plan nothing more.
     */
    void planDay(LocalDate day, Instant at) {
        if (jdbc.sql("INSERT INTO review_digest_day (day, planned_at) VALUES (:day, :at) ON CONFLICT DO NOTHING")
                .param("day", day).param("at", Timestamp.from(at)).update() == 1) {
            jdbc.sql("""
                    INSERT INTO review_digest_run (day, bureau) SELECT DISTINCT :day, bureau FROM review_queue_item WHERE open
                    ON CONFLICT DO NOTHING
                    """).param("day", day).update();
        }
    }

    /** The day's bureaus whose digests are not all sent yet. */
    List<String> bureausPending(LocalDate day) {
        return jdbc.sql("SELECT bureau FROM review_digest_run WHERE day = :day AND done_at IS NULL ORDER BY bureau")
                .param("day", day).query(String.class).list();
    }

    List<QueueItem> openIn(String bureau) {
        return jdbc.sql("SELECT * FROM review_queue_item WHERE bureau = :bureau AND open ORDER BY since, subject_id")
                .param("bureau", bureau)
                .query((row, n) -> new QueueItem(row.getObject("subject_id", UUID.class), Task.valueOf(row.getString("task")),
                        row.getString("bureau"), row.getObject("application_id", UUID.class), row.getString("org_id"),
                        row.getString("unit_name"), row.getString("brand_name"), row.getObject("since", LocalDate.class),
                        row.getObject("due_on", LocalDate.class)))
                .list();
    }

    void markDone(LocalDate day, String bureau, Instant at) {
        jdbc.sql("UPDATE review_digest_run SET done_at = :at WHERE day = :day AND bureau = :bureau AND done_at IS NULL")
                .param("day", day).param("bureau", bureau).param("at", Timestamp.from(at)).update();
    }

    /**
     * Claims the day's digest of a bureau for a reviewer; false when it is already sent (or being sent by another
     * instance, which then holds the row until it commits).
     */
    boolean claim(LocalDate day, String bureau, String username, UUID eventId, Instant at) {
        return jdbc.sql("""
                INSERT INTO review_digest_sent (day, bureau, username, event_id, sent_at) VALUES (:day, :bureau, :username, :eventId, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("day", day).param("bureau", bureau).param("username", username).param("eventId", eventId)
                .param("at", Timestamp.from(at)).update() == 1;
    }
}

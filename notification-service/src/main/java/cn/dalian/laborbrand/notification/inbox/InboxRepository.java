package cn.dalian.laborbrand.notification.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;

/** Messages in the service's own database; every read and write names the inboxes it may touch. */
@Repository
class InboxRepository {

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, Recipient recipient, String category, String title, String body, Instant at, UUID sourceEvent) {
        jdbc.sql("""
                INSERT INTO inbox_message (id, recipient_kind, recipient, category, title, body, created_at, source_event_id)
                VALUES (:id, :kind, :recipient, :category, :title, :body, :at, :sourceEvent)
                """)
                .param("id", id)
                .param("kind", recipient.kind().name())
                .param("recipient", recipient.id())
                .param("category", category)
                .param("title", title)
                .param("body", body)
                .param("at", Timestamp.from(at))
                .param("sourceEvent", sourceEvent)
                .update();
    }

    /** A page of the messages of the inboxes, newest first (created_at, then id, both descending). */
    Page<InboxMessage> findFor(List<Recipient> inboxes, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        List<InboxMessage> fetched = jdbc.sql("""
                SELECT * FROM inbox_message
                WHERE (recipient_kind, recipient) IN (:inboxes)
                  AND (CAST(:afterCreated AS timestamptz) IS NULL OR (created_at, id) < (:afterCreated, :afterId))
                ORDER BY created_at DESC, id DESC
                LIMIT :limit
                """)
                .param("inboxes", keys(inboxes))
                .param("afterCreated", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query((row, n) -> new InboxMessage(row.getObject("id", UUID.class),
                        new Recipient(Recipient.Kind.valueOf(row.getString("recipient_kind")), row.getString("recipient")),
                        row.getString("category"), row.getString("title"), row.getString("body"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("read_at") == null ? null : row.getTimestamp("read_at").toInstant()))
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM inbox_message WHERE (recipient_kind, recipient) IN (:inboxes)")
                        .param("inboxes", keys(inboxes)).query(Long.class).single()
                : null;
        return Page.of(fetched, page, message -> Cursor.of(message.createdAt(), message.id()), total);
    }

    /** How many messages of the inboxes nobody has read yet (the partial index of unread messages counts them). */
    long countUnread(List<Recipient> inboxes) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE (recipient_kind, recipient) IN (:inboxes) AND read_at IS NULL")
                .param("inboxes", keys(inboxes)).query(Long.class).single();
    }

    /** Marks a message of one of the caller's inboxes read (the first reading counts); false when none of theirs. */
    boolean markRead(UUID id, List<Recipient> inboxes, Instant at) {
        return jdbc.sql("""
                UPDATE inbox_message SET read_at = COALESCE(read_at, :at)
                WHERE id = :id AND (recipient_kind, recipient) IN (:inboxes)
                """)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("inboxes", keys(inboxes))
                .update() == 1;
    }

    /** The inboxes as (kind, recipient) pairs, which the index on both columns finds. */
    private static List<Object[]> keys(List<Recipient> inboxes) {
        return inboxes.stream().map(inbox -> new Object[] { inbox.kind().name(), inbox.id() }).toList();
    }
}

package cn.dalian.laborbrand.notification.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages in the service's own database; every read and write names the recipients it may touch. */
@Repository
public class InboxRepository {

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, Recipient recipient, String category, String title, String body, Instant at, UUID sourceEvent) {
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

    List<InboxMessage> findFor(List<Recipient> recipients) {
        return jdbc.sql("""
                SELECT * FROM inbox_message WHERE recipient_kind || ':' || recipient IN (:keys)
                ORDER BY created_at DESC
                """)
                .param("keys", recipients.stream().map(Recipient::key).toList())
                .query((row, n) -> new InboxMessage(row.getObject("id", UUID.class),
                        new Recipient(Recipient.Kind.valueOf(row.getString("recipient_kind")), row.getString("recipient")),
                        row.getString("category"), row.getString("title"), row.getString("body"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("read_at") == null ? null : row.getTimestamp("read_at").toInstant()))
                .list();
    }

    /** Marks a message of one of the caller's inboxes read (the first reading counts); false when none of theirs. */
    boolean markRead(UUID id, List<Recipient> recipients, Instant at) {
        return jdbc.sql("""
                UPDATE inbox_message SET read_at = COALESCE(read_at, :at)
                WHERE id = :id AND recipient_kind || ':' || recipient IN (:keys)
                """)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("keys", recipients.stream().map(Recipient::key).toList())
                .update() == 1;
    }
}

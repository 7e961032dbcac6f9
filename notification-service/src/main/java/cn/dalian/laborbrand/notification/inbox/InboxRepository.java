package cn.dalian.laborbrand.notification.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages in the service's own database; every read and write names the recipient. */
@Repository
class InboxRepository {

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InboxMessage> findFor(Recipient recipient) {
        return jdbc.sql("""
                SELECT * FROM inbox_message WHERE recipient_kind = :kind AND recipient = :recipient
                ORDER BY created_at DESC
                """)
                .param("kind", recipient.kind().name())
                .param("recipient", recipient.id())
                .query((row, n) -> new InboxMessage(row.getObject("id", UUID.class),
                        new Recipient(Recipient.Kind.valueOf(row.getString("recipient_kind")), row.getString("recipient")),
                        row.getString("category"), row.getString("title"), row.getString("body"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("read_at") == null ? null : row.getTimestamp("read_at").toInstant()))
                .list();
    }

    /** Marks the recipient's own message read (the first reading counts); false when it is not theirs. */
    boolean markRead(UUID id, Recipient recipient, Instant at) {
        return jdbc.sql("""
                UPDATE inbox_message SET read_at = COALESCE(read_at, :at)
                WHERE id = :id AND recipient_kind = :kind AND recipient = :recipient
                """)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("kind", recipient.kind().name())
                .param("recipient", recipient.id())
                .update() == 1;
    }
}

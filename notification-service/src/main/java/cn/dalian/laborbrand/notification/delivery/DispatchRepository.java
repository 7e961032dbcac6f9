package cn.dalian.laborbrand.notification.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.Notice;
import cn.dalian.laborbrand.notification.notices.NoticeKind;
import cn.dalian.laborbrand.notification.notices.NoticeText;

@Repository
class DispatchRepository {

    private final JdbcClient jdbc;

    DispatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Once per (event, kind, recipient): the same event again writes nothing. */
    void insert(UUID eventId, Notice notice, Instant at) {
        NoticeText text = notice.text();
        jdbc.sql("""
                INSERT INTO dispatch (id, event_id, kind, recipient_kind, recipient, title, email_subject, email_text, email_html, sms,
                       status, next_attempt_at, created_at)
                VALUES (:id, :eventId, :kind, :recipientKind, :recipient, :title, :subject, :emailText, :emailHtml, :sms, 'WAITING', :at, :at)
                ON CONFLICT ON CONSTRAINT dispatch_once DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("eventId", eventId)
                .param("kind", notice.kind().name())
                .param("recipientKind", notice.recipient().kind().name())
                .param("recipient", notice.recipient().id())
                .param("title", text.title())
                .param("subject", text.emailSubject())
                .param("emailText", text.emailText())
                .param("emailHtml", text.emailHtml())
                .param("sms", text.sms())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The waiting dispatch due longest, held till the transaction ends; one another instance holds is skipped. */
    Optional<Dispatch> claimDue(Instant now) {
        return jdbc.sql("""
                SELECT * FROM dispatch WHERE status = 'WAITING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
                .param("now", Timestamp.from(now))
                .query((row, n) -> new Dispatch(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class),
                        NoticeKind.valueOf(row.getString("kind")),
                        new Recipient(Recipient.Kind.valueOf(row.getString("recipient_kind")), row.getString("recipient")),
                        row.getInt("tries"), row.getTimestamp("created_at").toInstant()))
                .optional();
    }

    void expanded(UUID id, Instant at) {
        jdbc.sql("UPDATE dispatch SET status = 'EXPANDED', expanded_at = :at, last_error = NULL WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    void deferred(UUID id, String reason, Instant next) {
        jdbc.sql("UPDATE dispatch SET tries = tries + 1, last_error = :reason, next_attempt_at = :next WHERE id = :id")
                .param("id", id).param("reason", reason).param("next", Timestamp.from(next)).update();
    }
}

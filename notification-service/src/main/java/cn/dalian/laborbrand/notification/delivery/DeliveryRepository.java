package cn.dalian.laborbrand.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.privacy.PersonalDataCipher;

/** Deliveries and their attempts; the recipient's name and address encrypted. */
@Repository
class DeliveryRepository {

    private static final String SELECT = """
            SELECT d.*, p.title, p.email_subject, p.email_text, p.email_html, p.sms
            FROM delivery d JOIN dispatch p ON p.id = d.dispatch_id
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    DeliveryRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Plans a delivery, due now, unless the event already owes this person one by this channel; whether planned. */
    boolean plan(Dispatch dispatch, Recipient.Kind recipientKind, String person, String name, Channel channel, String address, Instant at) {
        return jdbc.sql("""
                INSERT INTO delivery (id, dispatch_id, event_id, kind, recipient_kind, person, recipient_name_encrypted, channel,
                       address_encrypted, status, round_started_at, next_attempt_at, created_at)
                VALUES (:id, :dispatch, :eventId, :kind, :recipientKind, :person, :name, :channel, :address, 'PENDING', :at, :at, :at)
                ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("dispatch", dispatch.id())
                .param("eventId", dispatch.eventId())
                .param("kind", dispatch.kind().name())
                .param("recipientKind", recipientKind.name())
                .param("person", person)
                .param("name", cipher.encrypt(name))
                .param("channel", channel.name())
                .param("address", cipher.encrypt(address))
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** The pending delivery due longest, held till the transaction ends; one another instance holds is skipped. */
    Optional<Delivery> claimDue(Instant now) {
        return jdbc.sql(SELECT + """
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
                ORDER BY d.next_attempt_at LIMIT 1 FOR UPDATE OF d SKIP LOCKED
                """)
                .param("now", Timestamp.from(now))
                .query(this::delivery)
                .optional();
    }

    Optional<Delivery> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id FOR UPDATE OF d").param("id", id).query(this::delivery).optional();
    }

    Optional<Delivery> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(this::delivery).optional();
    }

    /** Leaves the delivery to its taker until {@code until}: another sender does not take it meanwhile. */
    void lease(UUID id, Instant until) {
        jdbc.sql("UPDATE delivery SET next_attempt_at = :until WHERE id = :id").param("id", id).param("until", Timestamp.from(until)).update();
    }

    /** The delivery as it stands after an attempt or a resend. */
    void update(Delivery delivery) {
        jdbc.sql("""
                UPDATE delivery SET status = :status, recipient_name_encrypted = :name, address_encrypted = :address, attempts = :attempts,
                       round_tries = :roundTries, round_started_at = :roundStarted, next_attempt_at = :next, failure_code = :code,
                       last_error = :error, sent_at = :sentAt
                WHERE id = :id
                """)
                .param("id", delivery.id())
                .param("status", delivery.status().name())
                .param("name", cipher.encrypt(delivery.recipientName()))
                .param("address", cipher.encrypt(delivery.address()))
                .param("attempts", delivery.attempts())
                .param("roundTries", delivery.roundTries())
                .param("roundStarted", Timestamp.from(delivery.roundStartedAt()))
                .param("next", timestamp(delivery.nextAttemptAt()))
                .param("code", delivery.failureCode())
                .param("error", delivery.lastError())
                .param("sentAt", timestamp(delivery.sentAt()))
                .update();
    }

    void log(UUID deliveryId, AttemptLog attempt) {
        jdbc.sql("""
                INSERT INTO delivery_attempt (delivery_id, attempted_at, outcome, provider_status, provider_answer, duration_millis)
                VALUES (:id, :at, :outcome, :status, :answer, :millis)
                """)
                .param("id", deliveryId)
                .param("at", Timestamp.from(attempt.attemptedAt()))
                .param("outcome", attempt.outcome())
                .param("status", attempt.providerStatus())
                .param("answer", attempt.providerAnswer())
                .param("millis", attempt.durationMillis())
                .update();
    }

    List<AttemptLog> attempts(UUID deliveryId) {
        return jdbc.sql("SELECT * FROM delivery_attempt WHERE delivery_id = :id ORDER BY attempted_at, id").param("id", deliveryId)
                .query((row, n) -> new AttemptLog(row.getTimestamp("attempted_at").toInstant(), row.getString("outcome"),
                        row.getString("provider_status"), row.getString("provider_answer"), row.getLong("duration_millis")))
                .list();
    }

    /**
     * A unit's contacts came: its pending deliveries that found none go at once (one with an address is not woken: it may be
     * with a sender right now).
     */
    int wakeUp(String orgId, Instant now) {
        return jdbc.sql("""
                UPDATE delivery SET next_attempt_at = :now
                WHERE status = 'PENDING' AND recipient_kind = 'ORGANISATION' AND person = :orgId AND next_attempt_at > :now
                  AND round_tries > 0 AND address_encrypted IS NULL
                """)
                .param("orgId", orgId).param("now", Timestamp.from(now)).update();
    }

    /** A page of deliveries, newest first, optionally of one status, channel and kind. */
    Page<Delivery> find(Optional<DeliveryStatus> status, Optional<Channel> channel, Optional<NoticeKind> kind, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        String filter = """
                (CAST(:status AS varchar) IS NULL OR d.status = :status)
                  AND (CAST(:channel AS varchar) IS NULL OR d.channel = :channel)
                  AND (CAST(:kind AS varchar) IS NULL OR d.kind = :kind)
                """;
        Map<String, Object> filters = new HashMap<>();
        filters.put("status", status.map(Enum::name).orElse(null));
        filters.put("channel", channel.map(Enum::name).orElse(null));
        filters.put("kind", kind.map(Enum::name).orElse(null));
        List<Delivery> fetched = jdbc.sql(SELECT + " WHERE " + filter + """
                  AND (CAST(:afterCreated AS timestamptz) IS NULL OR (d.created_at, d.id) < (:afterCreated, :afterId))
                ORDER BY d.created_at DESC, d.id DESC
                LIMIT :limit
                """)
                .params(filters)
                .param("afterCreated", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query(this::delivery)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM delivery d WHERE " + filter).params(filters).query(Long.class).single()
                : null;
        return Page.of(fetched, page, delivery -> Cursor.of(delivery.createdAt(), delivery.id()), total);
    }

    private Delivery delivery(ResultSet row, int n) throws SQLException {
        return new Delivery(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class), NoticeKind.valueOf(row.getString("kind")),
                Recipient.Kind.valueOf(row.getString("recipient_kind")), row.getString("person"),
                cipher.decrypt(row.getString("recipient_name_encrypted")), Channel.valueOf(row.getString("channel")),
                cipher.decrypt(row.getString("address_encrypted")), DeliveryStatus.valueOf(row.getString("status")),
                row.getInt("attempts"), row.getInt("round_tries"), row.getTimestamp("round_started_at").toInstant(),
                instant(row, "next_attempt_at"), row.getString("failure_code"), row.getString("last_error"),
                row.getTimestamp("created_at").toInstant(), instant(row, "sent_at"),
                new Delivery.Text(row.getString("title"), row.getString("email_subject"), row.getString("email_text"),
                        row.getString("email_html"), row.getString("sms")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

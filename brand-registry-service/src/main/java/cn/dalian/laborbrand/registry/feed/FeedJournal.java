package cn.dalian.laborbrand.registry.feed;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;

/** The feed's journal in the service's own database: appended in the publishing transaction, never updated. */
@Repository
class FeedJournal {

    /** Any constant: the one lock all appends take, so positions commit in order. */
    private static final long APPEND_LOCK = 0x6c62_6665_6564L;

    private final JdbcClient jdbc;
    private final EventCodec codec;

    FeedJournal(JdbcClient jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    void append(EventEnvelope<?> envelope) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query().singleRow();
        jdbc.sql("""
                INSERT INTO feed_entry (event_id, type, subject, occurred_at, envelope)
                VALUES (:eventId, :type, :subject, :occurredAt, CAST(:envelope AS jsonb))
                """)
                .param("eventId", envelope.eventId())
                .param("type", envelope.type())
                .param("subject", UUID.fromString(envelope.subject()))
                .param("occurredAt", Timestamp.from(envelope.occurredAt()))
                .param("envelope", codec.write(envelope))
                .update();
    }

    /** Up to {@code limit} entries after a position, in order. */
    List<Entry> after(long position, int limit) {
        return jdbc.sql("SELECT position, envelope::text AS envelope FROM feed_entry WHERE position > :after ORDER BY position LIMIT :limit")
                .param("after", position)
                .param("limit", limit)
                .query((row, rowNumber) -> new Entry(row.getLong("position"), row.getString("envelope")))
                .list();
    }

    /** The position of the last entry committed, 0 while the journal is empty. */
    long end() {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM feed_entry").query(Long.class).single();
    }

    /** A journal entry: its position and the envelope's JSON as stored (jsonb's normal form, the same on every read). */
    record Entry(long position, String envelope) {
    }
}

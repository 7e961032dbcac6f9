package cn.dalian.laborbrand.notification.preferences;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;

/** The choices people made; a kind nobody chose for has no row and goes by its default. */
@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChannelChoice> find(Recipient person, NoticeKind kind) {
        return jdbc.sql("""
                SELECT email, sms FROM notification_preference
                WHERE recipient_kind = :personKind AND recipient = :person AND notice_kind = :kind
                """)
                .param("personKind", person.kind().name()).param("person", person.id()).param("kind", kind.name())
                .query((row, n) -> new ChannelChoice(row.getBoolean("email"), row.getBoolean("sms")))
                .optional();
    }

    Map<NoticeKind, ChannelChoice> findAll(Recipient person) {
        Map<NoticeKind, ChannelChoice> choices = new EnumMap<>(NoticeKind.class);
        jdbc.sql("SELECT notice_kind, email, sms FROM notification_preference WHERE recipient_kind = :personKind AND recipient = :person")
                .param("personKind", person.kind().name()).param("person", person.id())
                .query((row, n) -> Map.entry(row.getString("notice_kind"), new ChannelChoice(row.getBoolean("email"), row.getBoolean("sms"))))
                .list()
                // a kind the code no longer knows is left out rather than failing the person's page
                .forEach(row -> parse(row.getKey()).ifPresent(kind -> choices.put(kind, row.getValue())));
        return choices;
    }

    void save(Recipient person, NoticeKind kind, ChannelChoice choice, Instant at) {
        jdbc.sql("""
                INSERT INTO notification_preference (recipient_kind, recipient, notice_kind, email, sms, updated_at)
                VALUES (:personKind, :person, :kind, :email, :sms, :at)
                ON CONFLICT (recipient_kind, recipient, notice_kind)
                DO UPDATE SET email = EXCLUDED.email, sms = EXCLUDED.sms, updated_at = EXCLUDED.updated_at
                """)
                .param("personKind", person.kind().name()).param("person", person.id()).param("kind", kind.name())
                .param("email", choice.email()).param("sms", choice.sms()).param("at", Timestamp.from(at))
                .update();
    }

    private static Optional<NoticeKind> parse(String name) {
        try {
            return Optional.of(NoticeKind.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

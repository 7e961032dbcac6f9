package cn.dalian.laborbrand.review.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.persistence.EnumColumns;

/** Public notices and their lists in the service's own database; an entry is closed once its case left the notice. */
@Repository
class NoticeRepository {

    private static final String ENTRIES = """
            SELECT e.*, n.district FROM notice_entry e JOIN public_notice n ON n.id = e.notice_id
            """;

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PublicNotice notice) {
        jdbc.sql("""
                INSERT INTO public_notice (id, district, campaign, title, body, issuer, starts_on, ends_on, published_by, published_at)
                VALUES (:id, :district, :campaign, :title, :body, :issuer, :startsOn, :endsOn, :publishedBy, :publishedAt)
                """)
                .param("id", notice.id())
                .param("district", notice.district())
                .param("campaign", notice.campaign())
                .param("title", notice.title())
                .param("body", notice.body())
                .param("issuer", notice.issuer())
                .param("startsOn", notice.startsOn())
                .param("endsOn", notice.endsOn())
                .param("publishedBy", notice.publishedBy())
                .param("publishedAt", Timestamp.from(notice.publishedAt()))
                .update();
        for (NoticeEntry entry : notice.entries()) {
            jdbc.sql("""
                    INSERT INTO notice_entry (id, notice_id, case_id, position, brand_name, unit_name, levels)
                    VALUES (:id, :noticeId, :caseId, :position, :brandName, :unitName, :levels)
                    """)
                    .param("id", entry.id())
                    .param("noticeId", notice.id())
                    .param("caseId", entry.caseId())
                    .param("position", entry.position())
                    .param("brandName", entry.brandName())
                    .param("unitName", entry.unitName())
                    .param("levels", EnumColumns.join(entry.levels()))
                    .update();
        }
    }

    /** A page of the notices whose window includes the day, by first day (then id), as a query the index answers. */
    Page<PublicNotice> findOpenOn(LocalDate day, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        List<NoticeRow> fetched = jdbc.sql("""
                SELECT * FROM public_notice
                WHERE starts_on <= :day AND ends_on >= :day
                  AND (CAST(:afterStart AS date) IS NULL OR (starts_on, id) > (:afterStart, :afterId))
                ORDER BY starts_on, id
                LIMIT :limit
                """)
                .param("day", day)
                .param("afterStart", after.map(cursor -> cursor.date(0)).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query(NoticeRepository::noticeRow)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM public_notice WHERE starts_on <= :day AND ends_on >= :day").param("day", day)
                        .query(Long.class).single()
                : null;
        return Page.of(withEntries(fetched), page, notice -> Cursor.of(notice.startsOn(), notice.id()), total);
    }

    Optional<PublicNotice> findById(UUID id) {
        return jdbc.sql("SELECT * FROM public_notice WHERE id = :id").param("id", id).query(NoticeRepository::noticeRow).optional()
                .map(row -> withEntries(List.of(row)).getFirst());
    }

    Optional<PublicNotice> findByCase(UUID caseId) {
        return jdbc.sql("SELECT notice_id FROM notice_entry WHERE case_id = :id").param("id", caseId).query(UUID.class).optional()
                .flatMap(this::findById);
    }

    /** The notice period of each case whose brand is (or was) on a list and not taken off it. */
    List<NoticePeriod> periodsOf(Collection<UUID> caseIds) {
        return jdbc.sql("""
                SELECT e.case_id, n.starts_on, n.ends_on FROM notice_entry e JOIN public_notice n ON n.id = e.notice_id
                WHERE e.case_id IN (:ids) AND e.withdrawn_at IS NULL
                """)
                .param("ids", caseIds)
                .query((row, n) -> new NoticePeriod(row.getObject("case_id", UUID.class), row.getObject("starts_on", LocalDate.class),
                        row.getObject("ends_on", LocalDate.class)))
                .list();
    }

    /** A brand of a notice whose last day has passed and whose case the closing has not dealt with yet. */
    record Ended(UUID entryId, UUID caseId, LocalDate lastDay) {
    }

    List<Ended> endedBefore(LocalDate day) {
        return jdbc.sql("""
                SELECT e.id, e.case_id, n.ends_on FROM notice_entry e JOIN public_notice n ON n.id = e.notice_id
                WHERE n.ends_on < :day AND e.closed_at IS NULL
                ORDER BY n.ends_on, e.notice_id, e.position
                """)
                .param("day", day)
                .query((row, n) -> new Ended(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
                        row.getObject("ends_on", LocalDate.class)))
                .list();
    }

    /** Locks the entry for the transaction; false when it is closed already. */
    boolean lockOpen(UUID entryId) {
        return jdbc.sql("SELECT closed_at IS NULL FROM notice_entry WHERE id = :id FOR UPDATE").param("id", entryId)
                .query(Boolean.class).optional().orElse(false);
    }

    void close(UUID entryId, Instant at) {
        jdbc.sql("UPDATE notice_entry SET closed_at = :at WHERE id = :id AND closed_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", entryId).update();
    }

    /** Takes the case's brand off the list it is on; nothing to forward for it any more. */
    void withdraw(UUID caseId, Instant at) {
        jdbc.sql("UPDATE notice_entry SET withdrawn_at = :at, closed_at = coalesce(closed_at, :at) WHERE case_id = :id AND withdrawn_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", caseId).update();
    }

    void changeLevels(UUID caseId, Set<BrandLevel> levels) {
        jdbc.sql("UPDATE notice_entry SET levels = :levels WHERE case_id = :id")
                .param("levels", EnumColumns.join(levels)).param("id", caseId).update();
    }

    /** Demonstration data only: the notice's window, days earlier. */
    void shiftBack(UUID noticeId, long days) {
        jdbc.sql("UPDATE public_notice SET starts_on = starts_on - CAST(:days AS integer), ends_on = ends_on - CAST(:days AS integer) WHERE id = :id")
                .param("days", days).param("id", noticeId).update();
    }

    Optional<NoticeIssuer> issuerOf(String district) {
        return jdbc.sql("SELECT * FROM notice_issuer WHERE district = :district").param("district", district)
                .query(NoticeRepository::issuer).optional();
    }

    List<NoticeIssuer> issuers() {
        return jdbc.sql("SELECT * FROM notice_issuer ORDER BY district").query(NoticeRepository::issuer).list();
    }

    void saveIssuer(NoticeIssuer issuer, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO notice_issuer (district, place, bureau, updated_by, updated_at) VALUES (:district, :place, :bureau, :by, :at)
                ON CONFLICT (district) DO UPDATE SET place = excluded.place, bureau = excluded.bureau, updated_by = excluded.updated_by,
                       updated_at = excluded.updated_at
                """)
                .param("district", issuer.district())
                .param("place", issuer.place())
                .param("bureau", issuer.bureau())
                .param("by", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A notice row before its list is read. */
    private record NoticeRow(UUID id, String district, String campaign, String title, String body, String issuer, LocalDate startsOn,
            LocalDate endsOn, String publishedBy, Instant publishedAt) {
    }

    /** The notices with their lists, read in one query for all of them. */
    private List<PublicNotice> withEntries(List<NoticeRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<UUID> ids = rows.stream().map(NoticeRow::id).toList();
        Map<UUID, List<NoticeEntry>> entries = jdbc.sql(ENTRIES + " WHERE e.notice_id IN (:ids) ORDER BY e.notice_id, e.position")
                .param("ids", ids)
                .query(NoticeRepository::entry)
                .list().stream()
                .collect(Collectors.groupingBy(NoticeEntry::noticeId, LinkedHashMap::new, Collectors.toList()));
        return rows.stream().map(row -> new PublicNotice(row.id(), row.district(), row.campaign(), row.title(), row.body(), row.issuer(),
                row.startsOn(), row.endsOn(), row.publishedBy(), row.publishedAt(), entries.getOrDefault(row.id(), List.of()))).toList();
    }

    private static NoticeRow noticeRow(ResultSet row, int rowNumber) throws SQLException {
        return new NoticeRow(row.getObject("id", UUID.class), row.getString("district"), row.getString("campaign"), row.getString("title"),
                row.getString("body"), row.getString("issuer"), row.getObject("starts_on", LocalDate.class),
                row.getObject("ends_on", LocalDate.class), row.getString("published_by"), row.getTimestamp("published_at").toInstant());
    }

    private static NoticeEntry entry(ResultSet row, int rowNumber) throws SQLException {
        Timestamp closed = row.getTimestamp("closed_at");
        Timestamp withdrawn = row.getTimestamp("withdrawn_at");
        return new NoticeEntry(row.getObject("id", UUID.class), row.getObject("notice_id", UUID.class), row.getObject("case_id", UUID.class),
                row.getInt("position"), row.getString("brand_name"), row.getString("unit_name"), row.getString("district"),
                EnumColumns.split(row.getString("levels"), BrandLevel.class), closed == null ? null : closed.toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }

    private static NoticeIssuer issuer(ResultSet row, int rowNumber) throws SQLException {
        return new NoticeIssuer(row.getString("district"), row.getString("place"), row.getString("bureau"));
    }
}

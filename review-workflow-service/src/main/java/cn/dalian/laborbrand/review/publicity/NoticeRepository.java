package cn.dalian.laborbrand.review.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.persistence.EnumColumns;

/** Public notices in the service's own database; a notice is closed once its case went on to the city. */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PublicNotice notice, UUID caseId) {
        jdbc.sql("""
                INSERT INTO public_notice (id, case_id, brand_name, unit_name, district, levels, starts_on, ends_on)
                VALUES (:id, :caseId, :brandName, :unitName, :district, :levels, :startsOn, :endsOn)
                """)
                .param("id", notice.id())
                .param("caseId", caseId)
                .param("brandName", notice.brandName())
                .param("unitName", notice.unitName())
                .param("district", notice.district())
                .param("levels", EnumColumns.join(notice.levels()))
                .param("startsOn", notice.startsOn())
                .param("endsOn", notice.endsOn())
                .update();
    }

    /** A page of the notices whose window includes the day, by first day (then id), as a query the index answers. */
    Page<PublicNotice> findOpenOn(LocalDate day, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        List<PublicNotice> fetched = jdbc.sql("""
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
                .query(NoticeRepository::map)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM public_notice WHERE starts_on <= :day AND ends_on >= :day").param("day", day)
                        .query(Long.class).single()
                : null;
        return Page.of(fetched, page, notice -> Cursor.of(notice.startsOn(), notice.id()), total);
    }

    /** A notice whose last day has passed and that is still open. */
    record Ended(UUID caseId, LocalDate lastDay) {
    }

    List<Ended> endedBefore(LocalDate day) {
        return jdbc.sql("SELECT case_id, ends_on FROM public_notice WHERE ends_on < :day AND closed_at IS NULL ORDER BY ends_on")
                .param("day", day)
                .query((row, n) -> new Ended(row.getObject("case_id", UUID.class), row.getObject("ends_on", LocalDate.class)))
                .list();
    }

    Optional<PublicNotice> findByCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM public_notice WHERE case_id = :id").param("id", caseId).query(NoticeRepository::map).optional();
    }

    List<NoticePeriod> periodsOf(Collection<UUID> caseIds) {
        return jdbc.sql("SELECT case_id, starts_on, ends_on FROM public_notice WHERE case_id IN (:ids)")
                .param("ids", caseIds)
                .query((row, n) -> new NoticePeriod(row.getObject("case_id", UUID.class), row.getObject("starts_on", LocalDate.class),
                        row.getObject("ends_on", LocalDate.class)))
                .list();
    }

    void close(UUID caseId, Instant at) {
        jdbc.sql("UPDATE public_notice SET closed_at = :at WHERE case_id = :id").param("at", Timestamp.from(at)).param("id", caseId)
                .update();
    }

    private static PublicNotice map(ResultSet row, int rowNumber) throws SQLException {
        return new PublicNotice(row.getObject("id", UUID.class), row.getString("brand_name"), row.getString("unit_name"),
                row.getString("district"), EnumColumns.split(row.getString("levels"), BrandLevel.class),
                row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class));
    }
}

package cn.dalian.laborbrand.review.publicity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.review.casework.CaseRepository;

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
                .param("levels", CaseRepository.names(notice.levels()))
                .param("startsOn", notice.startsOn())
                .param("endsOn", notice.endsOn())
                .update();
    }

    /** Notices whose window includes the day, as a query so that the index does the work. */
    List<PublicNotice> findOpenOn(LocalDate day) {
        return jdbc.sql("SELECT * FROM public_notice WHERE starts_on <= :day AND ends_on >= :day ORDER BY starts_on, brand_name")
                .param("day", day)
                .query((row, n) -> new PublicNotice(row.getObject("id", UUID.class), row.getString("brand_name"),
                        row.getString("unit_name"), row.getString("district"),
                        CaseRepository.levelsOf(row.getString("levels")),
                        row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class)))
                .list();
    }

    /** A notice whose last day has passed while its case is still under notice. */
    record Ended(UUID caseId, LocalDate lastDay) {
    }

    List<Ended> endedBefore(LocalDate day) {
        return jdbc.sql("""
                SELECT n.case_id, n.ends_on FROM public_notice n JOIN review_case c ON c.id = n.case_id
                WHERE n.ends_on < :day AND n.closed_at IS NULL AND c.stage = 'PUBLICITY'
                ORDER BY n.ends_on
                """)
                .param("day", day)
                .query((row, n) -> new Ended(row.getObject("case_id", UUID.class), row.getObject("ends_on", LocalDate.class)))
                .list();
    }

    void close(UUID caseId, Instant at) {
        jdbc.sql("UPDATE public_notice SET closed_at = :at WHERE case_id = :id").param("at", Timestamp.from(at)).param("id", caseId)
                .update();
    }
}

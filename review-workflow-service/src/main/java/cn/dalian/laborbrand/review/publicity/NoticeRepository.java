package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notices whose window includes the day, as a query so that the index does the work. */
    List<PublicNotice> findOpenOn(LocalDate day) {
        return jdbc.sql("SELECT * FROM public_notice WHERE starts_on <= :day AND ends_on >= :day ORDER BY starts_on, brand_name")
                .param("day", day)
                .query((row, n) -> {
                    EnumSet<BrandLevel> levels = EnumSet.noneOf(BrandLevel.class);
                    Arrays.stream(row.getString("levels").split(",")).map(BrandLevel::valueOf).forEach(levels::add);
                    return new PublicNotice(row.getObject("id", UUID.class), row.getString("brand_name"),
                            row.getString("unit_name"), row.getString("district"), levels,
                            row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class));
                })
                .list();
    }
}

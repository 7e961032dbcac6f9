package cn.dalian.laborbrand.review.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import cn.dalian.laborbrand.platform.calendar.CalendarYear;

/** The known years of the official calendar, one row each, in the service's own database. */
@Repository
class CalendarRepository {

    private static final TypeReference<List<String>> PAPERS = new TypeReference<>() {
    };
    private static final TypeReference<List<CalendarYear.ArrangedDay>> DAYS = new TypeReference<>() {
    };

    private static final String INSERT = """
            INSERT INTO calendar_year (year, papers, days, source, loaded_at, loaded_by)
            VALUES (:year, CAST(:papers AS jsonb), CAST(:days AS jsonb), :source, :loadedAt, :loadedBy)""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CalendarRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds a shipped year unless the year is known already (an operator's load is never overwritten by shipped data). */
    boolean insertIfAbsent(CalendarYear year) {
        return jdbc.sql(INSERT + " ON CONFLICT (year) DO NOTHING")
                .params(columns(year))
                .update() == 1;
    }

    /** Adds the year, or replaces its arrangements (a corrected notice). */
    void save(CalendarYear year) {
        jdbc.sql(INSERT + """
                 ON CONFLICT (year) DO UPDATE SET papers = EXCLUDED.papers, days = EXCLUDED.days, source = EXCLUDED.source,
                       loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by
                """)
                .params(columns(year))
                .update();
    }

    List<CalendarYear> findAll() {
        return jdbc.sql("SELECT * FROM calendar_year ORDER BY year").query(this::map).list();
    }

    Optional<CalendarYear> find(int year) {
        return jdbc.sql("SELECT * FROM calendar_year WHERE year = :year").param("year", year).query(this::map).optional();
    }

    Page<CalendarYear> findPage(PageQuery page) {
        Optional<Cursor> after = page.after(1);
        List<CalendarYear> fetched = jdbc.sql("""
                SELECT * FROM calendar_year WHERE CAST(:after AS integer) IS NULL OR year > :after ORDER BY year LIMIT :limit
                """)
                .param("after", after.map(cursor -> cursor.number(0)).orElse(null))
                .param("limit", page.fetchSize())
                .query(this::map)
                .list();
        Long total = page.isFirstPage() ? jdbc.sql("SELECT count(*) FROM calendar_year").query(Long.class).single() : null;
        return Page.of(fetched, page, year -> Cursor.of(year.year()), total);
    }

    private java.util.Map<String, Object> columns(CalendarYear year) {
        return java.util.Map.of("year", year.year(), "papers", json.writeValueAsString(year.papers()),
                "days", json.writeValueAsString(year.days()), "source", year.source().name(),
                "loadedAt", Timestamp.from(year.loadedAt()), "loadedBy", year.loadedBy());
    }

    private CalendarYear map(ResultSet row, int rowNumber) throws SQLException {
        return new CalendarYear(row.getInt("year"), json.readValue(row.getString("papers"), PAPERS),
                json.readValue(row.getString("days"), DAYS), CalendarYear.Source.valueOf(row.getString("source")),
                row.getTimestamp("loaded_at").toInstant(), row.getString("loaded_by"));
    }
}

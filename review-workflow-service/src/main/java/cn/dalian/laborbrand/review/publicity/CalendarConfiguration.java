package cn.dalian.laborbrand.review.publicity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/** The official calendar from {@code calendar/holiday-cn/<year>.json} (holiday-cn, MIT; see its LICENSE). */
@Configuration
class CalendarConfiguration {

    static final String FILES = "classpath*:calendar/holiday-cn/*.json";
    private static final java.util.regex.Pattern YEAR_FILE = java.util.regex.Pattern.compile("\\d{4}\\.json");

    /** One year's file: its year and the days it lists (its schema.json has more, which is not needed here). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HolidayFile(int year, List<Day> days) {

        record Day(String name, LocalDate date, @JsonProperty("isOffDay") boolean offDay) {
        }
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(JsonMapper json) {
        return read(json, new PathMatchingResourcePatternResolver());
    }

    static WorkingDayCalendar read(JsonMapper json, PathMatchingResourcePatternResolver resolver) {
        Map<Integer, List<WorkingDayCalendar.ArrangedDay>> years = new HashMap<>();
        try {
            for (Resource resource : resolver.getResources(FILES)) {
                if (resource.getFilename() == null || !YEAR_FILE.matcher(resource.getFilename()).matches()) {
                    continue; // schema.json
                }
                try (InputStream in = resource.getInputStream()) {
                    HolidayFile file = json.readValue(in, HolidayFile.class);
                    years.put(file.year(), file.days().stream()
                            .map(day -> new WorkingDayCalendar.ArrangedDay(day.date(), day.offDay())).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the official calendar", e);
        }
        if (years.isEmpty()) {
            throw new IllegalStateException("no official calendar under " + FILES);
        }
        return new WorkingDayCalendar(years);
    }
}

package cn.dalian.laborbrand.review.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * At start-up, brings the years of the holiday-cn files the release ships ({@code calendar/holiday-cn/<year>.json},
 * MIT; see its LICENSE) into the database when it does not know them yet, and says which years the service knows.
 * From then on the database is the calendar: a year published later is loaded by an operator, no release needed.
 */
@Component
class ShippedCalendar implements ApplicationRunner {

    static final String FILES = "classpath*:calendar/holiday-cn/*.json";
    private static final Pattern YEAR_FILE = Pattern.compile("\\d{4}\\.json");
    private static final Logger log = LoggerFactory.getLogger(ShippedCalendar.class);

    private final CalendarService calendar;
    private final JsonMapper json;

    ShippedCalendar(CalendarService calendar, JsonMapper json) {
        this.calendar = calendar;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<Integer> known = calendar.loadShipped(read(json));
        log.info("the official calendar knows the years {}; counting working days into any other year is refused", known);
    }

    static List<HolidayArrangement> read(JsonMapper json) {
        List<HolidayArrangement> files = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FILES)) {
                if (resource.getFilename() != null && YEAR_FILE.matcher(resource.getFilename()).matches()) { // not schema.json
                    try (InputStream in = resource.getInputStream()) {
                        files.add(json.readValue(in, HolidayArrangement.class));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped calendar files", e);
        }
        return files;
    }
}

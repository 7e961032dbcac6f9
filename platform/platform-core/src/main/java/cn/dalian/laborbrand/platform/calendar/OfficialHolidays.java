package cn.dalian.laborbrand.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The holiday arrangements the release ships ({@code calendar/holiday-cn/<year>.json}, from holiday-cn, MIT; see its
 * LICENSE beside them), the one copy every service counts working days by. A year holiday-cn lists without any day (it
 * ships such a file for the coming year before the State Council publishes) is left out, so that year stays unknown.
 */
public final class OfficialHolidays {

    static final String FILES = "classpath*:calendar/holiday-cn/*.json";
    private static final Pattern YEAR_FILE = Pattern.compile("\\d{4}\\.json");

    private OfficialHolidays() {
    }

    /** Every shipped file as holiday-cn publishes it. */
    public static List<HolidayArrangement> shipped(JsonMapper json) {
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

    /** The shipped years that are published. */
    public static List<CalendarYear> shippedYears(JsonMapper json, Instant loadedAt) {
        return shipped(json).stream().filter(arrangement -> !arrangement.days().isEmpty())
                .map(arrangement -> CalendarYear.of(arrangement, CalendarYear.Source.SHIPPED, loadedAt, "release")).toList();
    }

    /** The calendar of the shipped years that are published. */
    public static WorkingDayCalendar shippedCalendar(JsonMapper json, Instant loadedAt) {
        return new WorkingDayCalendar(shippedYears(json, loadedAt));
    }
}

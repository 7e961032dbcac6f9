package cn.dalian.laborbrand.review.publicity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;

import cn.dalian.laborbrand.platform.calendar.CalendarYear;
import cn.dalian.laborbrand.platform.calendar.HolidayArrangement;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;
import tools.jackson.databind.json.JsonMapper;

/** The official calendar of some years, from the holiday-cn files the release ships. */
final class OfficialCalendar {

    private OfficialCalendar() {
    }

    static WorkingDayCalendar of(int... years) {
        JsonMapper json = JsonMapper.builder().build();
        return new WorkingDayCalendar(Arrays.stream(years).mapToObj(year -> {
            try (InputStream file = OfficialCalendar.class.getResourceAsStream("/calendar/holiday-cn/" + year + ".json")) {
                return CalendarYear.of(json.readValue(file, HolidayArrangement.class), CalendarYear.Source.SHIPPED,
                        Instant.parse("2026-11-01T00:00:00Z"), "release");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
    }
}

package cn.dalian.laborbrand.review.calendar;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import cn.dalian.laborbrand.platform.calendar.OfficialHolidays;

/**
 * At start-up, brings the years of the holiday-cn files the release ships (platform-core's {@code OfficialHolidays}) into
 * the database when it does not know them yet, and says which years the service knows.
 * From then on the database is the calendar: a year published later is loaded by an operator, no release needed.
 */
@Component
class ShippedCalendar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedCalendar.class);

    private final CalendarService calendar;
    private final JsonMapper json;

    ShippedCalendar(CalendarService calendar, JsonMapper json) {
        this.calendar = calendar;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<Integer> known = calendar.loadShipped(OfficialHolidays.shipped(json));
        log.info("the official calendar knows the years {}; counting working days into any other year is refused", known);
    }
}

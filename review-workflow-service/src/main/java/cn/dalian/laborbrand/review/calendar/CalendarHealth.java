package cn.dalian.laborbrand.review.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} → {@code calendar}: which years the official calendar knows, and whether this year and
 * the next are among them, so that operators load a newly published year before a notice needs it. An unknown
 * next year does not make the service unhealthy: only counting into that year is refused.
 */
@Component("calendar")
class CalendarHealth implements HealthIndicator {

    private final CalendarService calendar;
    private final Clock clock;

    CalendarHealth(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Set<Integer> years = calendar.calendar().years();
        int thisYear = LocalDate.now(clock).getYear();
        Health.Builder health = Health.up()
                .withDetail("knownYears", years)
                .withDetail("thisYearKnown", years.contains(thisYear))
                .withDetail("nextYearKnown", years.contains(thisYear + 1));
        if (!years.contains(thisYear + 1)) {
            health.withDetail("attention", (thisYear + 1) + " 年的法定节假日安排尚未导入：公示期跨入该年时将无法计算。");
        }
        return health.build();
    }
}

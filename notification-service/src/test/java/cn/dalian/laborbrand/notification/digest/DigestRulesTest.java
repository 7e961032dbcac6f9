package cn.dalian.laborbrand.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import cn.dalian.laborbrand.notification.notices.ReviewDigest;
import cn.dalian.laborbrand.platform.calendar.OfficialHolidays;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;

class DigestRulesTest {

    private static final WorkingDayCalendar CALENDAR = OfficialHolidays.shippedCalendar(JsonMapper.builder().build(), Instant.now());
    private static final LocalDate FRIDAY_BEFORE_NATIONAL_DAY = LocalDate.parse("2022-09-30");

    @Test
    void onTheFridayBeforeNationalDayTheWindowRunsThroughTheHolidayToTheSecondWorkingDayAfter() {
        // 2022-10-01..07 is the National Day holiday; Saturday 10-08 and Sunday 10-09 are adjusted working days (调休)
        assertThat(DigestRules.dueWithinWindow(FRIDAY_BEFORE_NATIONAL_DAY, LocalDate.parse("2022-09-30"), CALENDAR)).isTrue();
        assertThat(DigestRules.dueWithinWindow(FRIDAY_BEFORE_NATIONAL_DAY, LocalDate.parse("2022-10-05"), CALENDAR)).isTrue();
        assertThat(DigestRules.dueWithinWindow(FRIDAY_BEFORE_NATIONAL_DAY, LocalDate.parse("2022-10-09"), CALENDAR)).isTrue();
        assertThat(DigestRules.dueWithinWindow(FRIDAY_BEFORE_NATIONAL_DAY, LocalDate.parse("2022-10-10"), CALENDAR)).isFalse();
    }

    @Test
    void aDeadlineAlreadyPastIsNotComing() {
        assertThat(DigestRules.dueWithinWindow(FRIDAY_BEFORE_NATIONAL_DAY, LocalDate.parse("2022-09-29"), CALENDAR)).isFalse();
    }

    @Test
    void theDigestListsWhatWaitsOldestFirstWithWorkingDaysWaitingAndOnlyTheDeadlinesWithinTheWindow() {
        // given 甘井子区's queue on 2022-09-30: two applications waiting, a notice ending 10-09 and a rectification due 10-11
        List<QueueItem> open = List.of(
                waiting("大连湾海珍品养殖劳务品牌", "大连湾海洋渔业有限公司", Task.DISTRICT_REVIEW, "2022-09-28"),
                waiting("大连金港家政服务师劳务品牌", "大连金港人力资源服务有限公司", Task.DISTRICT_REVIEW, "2022-09-26"),
                deadline("大连甘井子焊工劳务品牌", "大连甘井子焊接技术有限公司", Task.PUBLICITY_END, "2022-10-09"),
                deadline("大连甘井子月嫂劳务品牌", "大连甘井子家庭服务有限公司", Task.RECTIFICATION_DEADLINE, "2022-10-11"));

        // when the digest of the day is made
        ReviewDigest digest = DigestRules.digestFor(FRIDAY_BEFORE_NATIONAL_DAY, open, CALENDAR).orElseThrow();

        // then the oldest waits first (Monday 09-26 → 4 working days), and only the notice ending 10-09 comes soon
        assertThat(digest.day()).isEqualTo(FRIDAY_BEFORE_NATIONAL_DAY);
        assertThat(digest.waiting()).containsExactly(
                new ReviewDigest.Waiting("大连金港人力资源服务有限公司", "大连金港家政服务师劳务品牌", "区级初审", LocalDate.parse("2022-09-26"), 4),
                new ReviewDigest.Waiting("大连湾海洋渔业有限公司", "大连湾海珍品养殖劳务品牌", "区级初审", LocalDate.parse("2022-09-28"), 2));
        assertThat(digest.dueSoon()).containsExactly(
                new ReviewDigest.DueSoon("大连甘井子焊接技术有限公司", "大连甘井子焊工劳务品牌", "公示期满", LocalDate.parse("2022-10-09")));
    }

    @Test
    void aQueueWithNothingWaitingAndNoDeadlineComingMakesNoDigest() {
        List<QueueItem> open = List.of(deadline("大连甘井子月嫂劳务品牌", "大连甘井子家庭服务有限公司", Task.RECTIFICATION_DEADLINE, "2022-10-11"));

        assertThat(DigestRules.digestFor(FRIDAY_BEFORE_NATIONAL_DAY, open, CALENDAR)).isEmpty();
        assertThat(DigestRules.digestFor(FRIDAY_BEFORE_NATIONAL_DAY, List.of(), CALENDAR)).isEmpty();
    }

    @Test
    void aUnitNoEventNamedIsShownByItsCreditCode() {
        List<QueueItem> open = List.of(new QueueItem(UUID.randomUUID(), Task.OBJECTION_INVESTIGATION, "210211", UUID.randomUUID(),
                "912102440580649631", null, "大连金港家政服务师劳务品牌", LocalDate.parse("2022-09-30"), null));

        assertThat(DigestRules.digestFor(FRIDAY_BEFORE_NATIONAL_DAY, open, CALENDAR).orElseThrow().waiting().getFirst())
                .isEqualTo(new ReviewDigest.Waiting("912102440580649631", "大连金港家政服务师劳务品牌", "公示异议调查", LocalDate.parse("2022-09-30"), 0));
    }

    private static QueueItem waiting(String brand, String unit, Task task, String since) {
        UUID application = UUID.randomUUID();
        return new QueueItem(application, task, "210211", application, "912102440580649631", unit, brand, LocalDate.parse(since), null);
    }

    private static QueueItem deadline(String brand, String unit, Task task, String dueOn) {
        UUID subject = UUID.randomUUID();
        return new QueueItem(subject, task, "210211", null, "912102440580649631", unit, brand, LocalDate.parse("2022-09-20"),
                LocalDate.parse(dueOn));
    }
}

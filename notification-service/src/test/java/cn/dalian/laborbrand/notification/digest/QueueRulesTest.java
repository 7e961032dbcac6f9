package cn.dalian.laborbrand.notification.digest;

import static cn.dalian.laborbrand.notification.digest.QueueSamples.GANJINGZI;
import static cn.dalian.laborbrand.notification.digest.QueueSamples.ORG;
import static cn.dalian.laborbrand.notification.digest.QueueSamples.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.registry.RectificationExtended;
import cn.dalian.laborbrand.contracts.registry.RectificationOrdered;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

class QueueRulesTest {

    private static final String BRAND = "大连甘井子金港家政服务师劳务品牌";
    private final UUID application = UUID.randomUUID();

    @Test
    void aSubmissionWaitsForTheDistrictsReviewFromTheDayItArrivedInDalian() {
        // 2022-11-15T17:30Z is already 11-16 in Dalian
        assertThat(QueueRules.changesFor(QueueSamples.submitted(application, GANJINGZI, BRAND, Instant.parse("2022-11-15T17:30:00Z"))))
                .containsExactly(new QueueChange.Open(new QueueItem(application, Task.DISTRICT_REVIEW, GANJINGZI, application, ORG, UNIT, BRAND,
                        LocalDate.parse("2022-11-16"), null)));
    }

    @Test
    void aSupplementRequestTakesTheCaseOffTheDistrictsQueueAndTheResubmissionPutsItBackFromItsOwnDay() {
        var asked = new SupplementRequested(UUID.randomUUID(), application, ORG, GANJINGZI, Set.of(ApplicationPart.DECLARED_YEARS),
                "请补充 2022 年度培训合格证明", LocalDate.parse("2022-11-25"), 5, "reviewer-ganjingzi", Instant.parse("2022-11-18T02:00:00Z"));
        assertThat(QueueRules.changesFor(asked)).containsExactly(new QueueChange.Close(application, Task.DISTRICT_REVIEW));

        assertThat(QueueRules.changesFor(QueueSamples.resubmitted(application, BRAND, Instant.parse("2022-11-22T02:00:00Z"))))
                .extracting(change -> ((QueueChange.Open) change).item().since()).containsExactly(LocalDate.parse("2022-11-22"));
    }

    @Test
    void theDistrictsDecisionEndsItsReviewAndAWithdrawalOrRejectionEndsEverythingAboutTheApplication() {
        assertThat(QueueRules.changesFor(new DistrictDecisionMade(UUID.randomUUID(), application, ORG, GANJINGZI, BRAND, true, true, "同意推荐",
                "reviewer-ganjingzi", Instant.parse("2022-11-20T02:00:00Z"))))
                .containsExactly(new QueueChange.Close(application, Task.DISTRICT_REVIEW));
        assertThat(QueueRules.changesFor(new ApplicationWithdrawn(application, "2022", ORG, GANJINGZI, "材料准备不足，下一批次再报", "applicant-a",
                Instant.parse("2022-11-20T02:00:00Z")))).containsExactly(new QueueChange.CloseAll(application));
        assertThat(QueueRules.changesFor(new ApplicationRejected(UUID.randomUUID(), application, "2022", ORG, UNIT, GANJINGZI, BRAND, "CITY",
                "评分未达推荐线", "city-reviewer", Instant.parse("2022-12-20T02:00:00Z")))).containsExactly(new QueueChange.CloseAll(application));
    }

    @Test
    void aNoticeIsADeadlineOfTheDistrictUntilItEndsAndAForwardedOneThenWaitsForTheCity() {
        assertThat(QueueRules.changesFor(QueueSamples.publicityStarted(application, BRAND, LocalDate.parse("2022-09-29"), LocalDate.parse("2022-10-10"))))
                .containsExactly(new QueueChange.Open(new QueueItem(application, Task.PUBLICITY_END, GANJINGZI, application, ORG, UNIT, BRAND,
                        LocalDate.parse("2022-09-29"), LocalDate.parse("2022-10-10"))));

        assertThat(QueueRules.changesFor(QueueSamples.publicityEnded(application, BRAND, LocalDate.parse("2022-10-10"), true))).containsExactly(
                new QueueChange.Close(application, Task.PUBLICITY_END),
                new QueueChange.Open(new QueueItem(application, Task.CITY_REVIEW, QueueItem.CITY, application, ORG, null, BRAND,
                        LocalDate.parse("2022-10-10"), null)));
        assertThat(QueueRules.changesFor(QueueSamples.publicityEnded(application, BRAND, LocalDate.parse("2022-10-10"), false)))
                .containsExactly(new QueueChange.Close(application, Task.PUBLICITY_END));
        assertThat(QueueRules.changesFor(new BrandCertified(UUID.randomUUID(), UUID.randomUUID(), application, "2022", ORG, UNIT, GANJINGZI, BRAND,
                BrandLevel.CITY, LocalDate.parse("2022-12-20"), "leading-group")))
                .containsExactly(new QueueChange.Close(application, Task.CITY_REVIEW));
    }

    @Test
    void anExtensionEndsTheReviewOfTheAnswerAndMovesTheRectificationsDeadline() {
        UUID rectification = UUID.randomUUID();
        assertThat(QueueRules.changesFor(new RectificationOrdered(UUID.randomUUID(), rectification, "DLLWPP-2022-0007", ORG, UNIT, GANJINGZI, BRAND,
                Set.of("TRAINING_SHORTFALL"), "2023 年度培训人数未达承诺", LocalDate.parse("2023-03-01"), 20, LocalDate.parse("2023-03-29"),
                "reviewer-ganjingzi"))).containsExactly(new QueueChange.Open(new QueueItem(rectification, Task.RECTIFICATION_DEADLINE, GANJINGZI,
                null, ORG, UNIT, BRAND, LocalDate.parse("2023-03-01"), LocalDate.parse("2023-03-29"))));

        assertThat(QueueRules.changesFor(new RectificationExtended(UUID.randomUUID(), rectification, ORG, GANJINGZI, BRAND,
                LocalDate.parse("2023-03-29"), LocalDate.parse("2023-04-19"), "培训班次已排期", "reviewer-ganjingzi", LocalDate.parse("2023-03-27"))))
                .containsExactly(new QueueChange.Close(rectification, Task.RECTIFICATION_ANSWER_REVIEW),
                        new QueueChange.Reschedule(rectification, Task.RECTIFICATION_DEADLINE, LocalDate.parse("2023-04-19")));
    }

    @Test
    void anEventThatChangesNoQueueChangesNothing() {
        assertThat(QueueRules.changesFor("something else")).isEmpty();
    }
}

package cn.dalian.laborbrand.notification.digest;

import static cn.dalian.laborbrand.notification.digest.QueueSamples.GANJINGZI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.notification.KeycloakAdminStub;

/** The daily digest against a real PostgreSQL, with the reviewers from a stub of Keycloak's Admin REST API. */
class DailyDigestIT extends KeycloakAdminStub {

    private static final LocalDate FRIDAY_BEFORE_NATIONAL_DAY = LocalDate.parse("2022-09-30");

    @Autowired
    ReviewQueue queue;

    @Autowired
    DailyDigest digest;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void givenEmptyQueuesAndNoDigestSent() {
        for (String table : List.of("review_queue_item", "review_queue_event", "review_digest_sent", "review_digest_run", "review_digest_day")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM inbox_message WHERE category = 'REVIEW' AND recipient_kind = 'PERSON'").update();
    }

    @Test
    void eachReviewerOfABureauWithWorkWaitingGetsOneDigestAndASecondRunSendsNothingMore() {
        // given 甘井子区's reviewers (one of them disabled), 金州区's and the city's in Keycloak
        stubRole("DISTRICT_REVIEWER", users(List.of(
                user("reviewer-ganjingzi", "赵", "敏", true, Map.of("district", GANJINGZI)),
                user("reviewer-ganjingzi-2", "钱", "多多", true, Map.of("district", GANJINGZI)),
                user("reviewer-ganjingzi-old", "郑", "旧", false, Map.of("district", GANJINGZI)),
                user("reviewer-jinzhou", "孙", "浩", true, Map.of("district", "210213")))));
        stubRole("CITY_REVIEWER", users(List.of(user("city-reviewer", "陈", "静", true, Map.of()))));

        // and, as the events told it, an application waiting at 甘井子区 (its event delivered twice), a notice there ending within
        // 2 working days, and a case forwarded to the city
        UUID waiting = UUID.randomUUID();
        UUID submission = UUID.randomUUID();
        var submitted = QueueSamples.submitted(waiting, GANJINGZI, "大连甘井子金港家政服务师劳务品牌", Instant.parse("2022-09-26T02:00:00Z"));
        queue.track(submission, submitted);
        queue.track(submission, submitted);
        UUID noticed = UUID.randomUUID();
        queue.track(UUID.randomUUID(), QueueSamples.publicityStarted(noticed, "大连甘井子焊工劳务品牌", LocalDate.parse("2022-09-26"),
                LocalDate.parse("2022-10-09")));
        UUID forwarded = UUID.randomUUID();
        queue.track(UUID.randomUUID(), QueueSamples.publicityEnded(forwarded, "大连金港月嫂劳务品牌", LocalDate.parse("2022-09-29"), true));
        assertThat(jdbc.sql("SELECT count(*) FROM review_queue_item WHERE open").query(Long.class).single()).isEqualTo(3);

        // when the digest runs on the Friday before National Day, and again
        DailyDigest.Result first = digest.runOn(FRIDAY_BEFORE_NATIONAL_DAY);
        DailyDigest.Result second = digest.runOn(FRIDAY_BEFORE_NATIONAL_DAY);

        // then each enabled reviewer of 甘井子区 and the city reviewer got one digest, 金州区 none, and the second run sent nothing
        assertThat(first).isEqualTo(new DailyDigest.Result(3, 0));
        assertThat(second).isEqualTo(new DailyDigest.Result(0, 0));
        assertThat(digestsOf("reviewer-ganjingzi")).containsExactly(DigestSender.eventId(FRIDAY_BEFORE_NATIONAL_DAY, GANJINGZI, "reviewer-ganjingzi"));
        assertThat(digestsOf("reviewer-ganjingzi-2")).hasSize(1);
        assertThat(digestsOf("city-reviewer")).containsExactly(DigestSender.eventId(FRIDAY_BEFORE_NATIONAL_DAY, QueueItem.CITY, "city-reviewer"));
        assertThat(digestsOf("reviewer-ganjingzi-old")).isEmpty();
        assertThat(digestsOf("reviewer-jinzhou")).isEmpty();

        // and a case reaching 金州区 after the morning's run waits for the next working day's digest
        queue.track(UUID.randomUUID(), QueueSamples.submitted(UUID.randomUUID(), "210213", "大连金州海湾焊工劳务品牌",
                Instant.parse("2022-09-30T03:00:00Z")));
        assertThat(digest.runOn(FRIDAY_BEFORE_NATIONAL_DAY)).isEqualTo(new DailyDigest.Result(0, 0));
        assertThat(digestsOf("reviewer-jinzhou")).isEmpty();
    }

    @Test
    void nothingIsSentOnADayOffNorWhenNothingWaitsAndNoDeadlineComes() {
        stubRole("DISTRICT_REVIEWER", users(List.of(user("reviewer-ganjingzi", "赵", "敏", true, Map.of("district", GANJINGZI)))));
        UUID application = UUID.randomUUID();
        queue.track(UUID.randomUUID(), QueueSamples.submitted(application, GANJINGZI, "大连甘井子金港家政服务师劳务品牌",
                Instant.parse("2022-09-26T02:00:00Z")));

        // National Day
        assertThat(digest.runOn(LocalDate.parse("2022-10-03"))).isEqualTo(new DailyDigest.Result(0, 0));

        // the district decided: nothing waits any more, and a notice ending 10-12 is beyond the window of 09-30
        queue.track(UUID.randomUUID(), new cn.dalian.laborbrand.contracts.review.DistrictDecisionMade(UUID.randomUUID(), application,
                QueueSamples.ORG, GANJINGZI, "大连甘井子金港家政服务师劳务品牌", true, true, "同意推荐", "reviewer-ganjingzi",
                Instant.parse("2022-09-28T02:00:00Z")));
        queue.track(UUID.randomUUID(), QueueSamples.publicityStarted(application, "大连甘井子金港家政服务师劳务品牌", LocalDate.parse("2022-09-29"),
                LocalDate.parse("2022-10-12")));
        assertThat(digest.runOn(FRIDAY_BEFORE_NATIONAL_DAY)).isEqualTo(new DailyDigest.Result(0, 0));
        assertThat(digestsOf("reviewer-ganjingzi")).isEmpty();
    }

    @Test
    void whileKeycloakCannotSayWhoTheReviewersAreTheBureauWaitsForTheNextRunThatDay() {
        // given a case waiting at 旅顺口区 and Keycloak down
        String lvshunkou = "210212";
        queue.track(UUID.randomUUID(), QueueSamples.submitted(UUID.randomUUID(), lvshunkou, "大连旅顺口海参养殖劳务品牌",
                Instant.parse("2022-09-27T02:00:00Z")));
        stubRoleDown("DISTRICT_REVIEWER");

        // when the morning run finds Keycloak down, then nothing is sent and the bureau is left for later
        assertThat(digest.runOn(FRIDAY_BEFORE_NATIONAL_DAY)).isEqualTo(new DailyDigest.Result(0, 1));

        // and when Keycloak is back by the next run, the reviewer gets the digest then
        stubRole("DISTRICT_REVIEWER", users(List.of(user("reviewer-lvshunkou", "周", "海", true, Map.of("district", lvshunkou)))));
        assertThat(digest.runOn(FRIDAY_BEFORE_NATIONAL_DAY)).isEqualTo(new DailyDigest.Result(1, 0));
        assertThat(digestsOf("reviewer-lvshunkou")).hasSize(1);
    }

    private List<UUID> digestsOf(String username) {
        return jdbc.sql("SELECT source_event_id FROM inbox_message WHERE recipient_kind = 'PERSON' AND recipient = :username AND category = 'REVIEW'")
                .param("username", username).query(UUID.class).list();
    }
}

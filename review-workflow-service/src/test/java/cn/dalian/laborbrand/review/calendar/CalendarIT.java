package cn.dalian.laborbrand.review.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** The official calendar is data: a year published after the release is loaded by an operator and counts at once. */
@PlatformIntegrationTest
class CalendarIT {

    private static final String PERIOD_INTO_2027 = "/api/reviews/calendar/period?startsOn=2026-12-28&workingDays=5";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void nothingKnownOf2027() {
        jdbc.sql("DELETE FROM calendar_year WHERE year = 2027").update();
    }

    @Test
    void countingIntoAnUnpublishedYearIsRefusedUntilAnOperatorLoadsItThenItCountsWithoutARestart() throws IOException {
        // given the shipped years, where 2027's file names no day: five working days from Monday 2026-12-28 run into 2027
        http.get().uri(PERIOD_INTO_2027).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("YEAR_UNKNOWN")
                .jsonPath("$.missingYear").isEqualTo(2027)
                .jsonPath("$.detail").value(String.class, detail -> org.assertj.core.api.Assertions.assertThat(detail).contains("2027 年"));

        // when an operator loads 2027's arrangement as published (here: test material naming New Year's Day)
        http.put().uri("/api/reviews/calendar/years/2027").headers(Tokens.as(TestUser.OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).body(arrangementOf2027())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2027)
                .jsonPath("$.holidays").isEqualTo(1)
                .jsonPath("$.source").isEqualTo("OPERATOR")
                .jsonPath("$.loadedBy").isEqualTo("operator");

        // then the same count succeeds at once: 28–31 December, New Year's Day off, Monday 4 January
        http.get().uri(PERIOD_INTO_2027).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.endsOn").isEqualTo("2027-01-04");

        // and the health details name the year among those known
        http.get().uri("/actuator/health").headers(Tokens.as(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.calendar.status").isEqualTo("UP")
                .jsonPath("$.components.calendar.details.knownYears").isEqualTo(List.of(2021, 2022, 2023, 2024, 2025, 2026, 2027));
    }

    @Test
    void theKnownYearsAreListedPageByPage() {
        http.get().uri("/api/reviews/calendar/years?limit=4").headers(Tokens.as(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].year").isEqualTo(List.of(2021, 2022, 2023, 2024))
                .jsonPath("$.items[0].source").isEqualTo("SHIPPED")
                .jsonPath("$.total").isEqualTo(6)
                .jsonPath("$.next").isNotEmpty();
    }

    @Test
    void onlyOperatorsLoadAYear() throws IOException {
        http.put().uri("/api/reviews/calendar/years/2027").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON).body(arrangementOf2027())
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anArrangementOfAnotherYearOrWithNoDayIsRefusedAndNothingIsLoaded() throws IOException {
        http.put().uri("/api/reviews/calendar/years/2028").headers(Tokens.as(TestUser.OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).body(arrangementOf2027())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("year");
        http.put().uri("/api/reviews/calendar/years/2027").headers(Tokens.as(TestUser.OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"year": 2027, "papers": [], "days": []}
                        """)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("ARRANGEMENT_INVALID");

        http.get().uri(PERIOD_INTO_2027).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange().expectStatus().isEqualTo(422);
    }

    private static String arrangementOf2027() throws IOException {
        try (InputStream in = CalendarIT.class.getResourceAsStream("/calendar-test/2027-for-tests.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

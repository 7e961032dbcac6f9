package cn.dalian.laborbrand.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AccessLogPolicyTest {

    private static final Duration QUICK = Duration.ofMillis(12);

    @Test
    void byDefaultAQuickSuccessfulCallGetsNoLine() {
        // given an applicant's quick, successful call
        // then the default policy writes nothing (http.server.requests counts it)
        assertThat(AccessLogPolicy.PROBLEMS.writes(200, QUICK, false)).isFalse();
        assertThat(AccessLogPolicy.PROBLEMS.writes(304, QUICK, false)).isFalse();
    }

    @Test
    void byDefaultRefusedFailedCancelledOrSlowCallsGetALine() {
        assertThat(AccessLogPolicy.PROBLEMS.writes(401, QUICK, false)).as("an unknown token").isTrue();
        assertThat(AccessLogPolicy.PROBLEMS.writes(429, QUICK, false)).as("the rate limit").isTrue();
        assertThat(AccessLogPolicy.PROBLEMS.writes(503, QUICK, false)).as("a service down").isTrue();
        assertThat(AccessLogPolicy.PROBLEMS.writes(200, QUICK, true)).as("a caller who gave up").isTrue();
        assertThat(AccessLogPolicy.PROBLEMS.writes(null, QUICK, false)).as("no answer at all").isTrue();
        assertThat(AccessLogPolicy.PROBLEMS.writes(200, AccessLogPolicy.SLOW, false)).as("a roster import of a second").isTrue();
    }

    @Test
    void allWritesEveryCall() {
        assertThat(AccessLogPolicy.ALL.writes(200, QUICK, false)).isTrue();
    }
}

package cn.dalian.laborbrand.registry.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.callbacks.CallOutcome.Employment;

/** The outcome summary of a quarter's call-backs per brand (reached / unreachable / confirmed / not confirmed / complaint). */
class CallbackSummaryTest {

    private static final UUID BRAND = UUID.fromString("3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61");
    private static final SamplingQuarter Q3_2026 = new SamplingQuarter(2026, 3);
    private static final CallbackSample SAMPLE = new CallbackSample(BRAND, Q3_2026, CallbackSampling.seedOf(BRAND, Q3_2026),
            Map.of(new Stratum(2022, "大连港集团有限公司"), 6),
            List.of("wk-01", "wk-02", "wk-03", "wk-04", "wk-05", "wk-06").stream().map(id -> new WorkerRecord(id, 2022, "大连港集团有限公司")).toList());

    @Test
    void theSummaryCountsEachOutcomeAndRatesReachOverCallsAndConfirmationAndComplaintsOverThoseReached() {
        // given six sampled workers: three reached (two confirm their job, one does not and complains), one unreachable, two not called yet
        List<CallOutcome> outcomes = List.of(
                CallOutcome.reached("wk-01", Employment.CONFIRMED, false),
                CallOutcome.reached("wk-02", Employment.CONFIRMED, false),
                CallOutcome.reached("wk-03", Employment.NOT_CONFIRMED, true),
                CallOutcome.unreachable("wk-04"));

        CallbackSummary summary = CallbackSummary.of(SAMPLE, outcomes);

        assertThat(summary).isEqualTo(new CallbackSummary(BRAND, Q3_2026, 6, 2, 3, 1, 2, 1, 1));
        assertThat(summary.reachRate()).contains(new BigDecimal("0.7500"));
        assertThat(summary.confirmationRate()).contains(new BigDecimal("0.6667"));
        assertThat(summary.complaintRate()).contains(new BigDecimal("0.3333"));
    }

    @Test
    void ratesWithNothingToDivideByAreAbsentNotZero() {
        CallbackSummary nobodyCalled = CallbackSummary.of(SAMPLE, List.of());
        CallbackSummary nobodyReached = CallbackSummary.of(SAMPLE, List.of(CallOutcome.unreachable("wk-01")));

        assertThat(nobodyCalled.pending()).isEqualTo(6);
        assertThat(nobodyCalled.reachRate()).isEmpty();
        assertThat(nobodyReached.reachRate()).contains(new BigDecimal("0.0000"));
        assertThat(nobodyReached.confirmationRate()).isEmpty();
        assertThat(nobodyReached.complaintRate()).isEmpty();
    }

    @Test
    void anOutcomeForAWorkerOutsideTheSampleIsRefused() {
        assertThatThrownBy(() -> CallbackSummary.of(SAMPLE, List.of(CallOutcome.unreachable("wk-99"))))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.NOT_IN_SAMPLE));
    }

    @Test
    void aSecondOutcomeForTheSameWorkerIsRefused() {
        assertThatThrownBy(() -> CallbackSummary.of(SAMPLE, List.of(CallOutcome.unreachable("wk-01"),
                CallOutcome.reached("wk-01", Employment.CONFIRMED, false))))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.DUPLICATE_OUTCOME));
    }

    @Test
    void aReachedCallWithoutTheEmploymentAnswerOrAnUnreachableOneWithAComplaintIsRefused() {
        assertThatThrownBy(() -> CallOutcome.reached("wk-01", null, false))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.OUTCOME_INCONSISTENT));
        assertThatThrownBy(() -> new CallOutcome("wk-01", CallOutcome.Reach.UNREACHABLE, null, true))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.OUTCOME_INCONSISTENT));
        assertThatThrownBy(() -> new CallOutcome("wk-01", CallOutcome.Reach.UNREACHABLE, Employment.CONFIRMED, false))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CallbackProblem.OUTCOME_INCONSISTENT));
    }
}

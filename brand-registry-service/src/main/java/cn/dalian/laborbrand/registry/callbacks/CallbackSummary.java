package cn.dalian.laborbrand.registry.callbacks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * A brand's call-back results for a quarter: counts, and rates to four decimals. The reach rate is over the calls
 * made (reached + unreachable); the confirmation and complaint rates are over the workers reached. A rate with
 * nothing to divide by is absent, not zero. {@code pending} are sampled workers not called yet.
 */
public record CallbackSummary(UUID brandId, SamplingQuarter quarter, int sampled, int pending, int reached, int unreachable,
        int employmentConfirmed, int employmentNotConfirmed, int complaints) {

    /** Summarises the outcomes recorded against a sample: each sampled worker at most once, nobody from outside it. */
    public static CallbackSummary of(CallbackSample sample, List<CallOutcome> outcomes) {
        Set<String> called = new HashSet<>();
        int reached = 0;
        int confirmed = 0;
        int complaints = 0;
        for (CallOutcome outcome : outcomes) {
            if (!sample.contains(outcome.workerId())) {
                throw new PlatformException(CallbackProblem.NOT_IN_SAMPLE).with("workerId", outcome.workerId());
            }
            if (!called.add(outcome.workerId())) {
                throw new PlatformException(CallbackProblem.DUPLICATE_OUTCOME).with("workerId", outcome.workerId());
            }
            if (outcome.reach() == CallOutcome.Reach.REACHED) {
                reached++;
                confirmed += outcome.employment() == CallOutcome.Employment.CONFIRMED ? 1 : 0;
                complaints += outcome.complaint() ? 1 : 0;
            }
        }
        int sampled = sample.workers().size();
        return new CallbackSummary(sample.brandId(), sample.quarter(), sampled, sampled - called.size(), reached, called.size() - reached,
                confirmed, reached - confirmed, complaints);
    }

    public Optional<BigDecimal> reachRate() {
        return rate(reached, reached + unreachable);
    }

    public Optional<BigDecimal> confirmationRate() {
        return rate(employmentConfirmed, reached);
    }

    public Optional<BigDecimal> complaintRate() {
        return rate(complaints, reached);
    }

    private static Optional<BigDecimal> rate(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }
}

package cn.dalian.laborbrand.registry.callbacks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The call-backs' answers. Names and phones only ever masked, except in a {@link Revealed} answer. */
final class CallbackViews {

    private CallbackViews() {
    }

    /** A quarter's results; a rate with nothing to divide by is null. */
    record QuarterSummary(String quarter, int sampled, int pending, int reached, int unreachable, int employmentConfirmed,
            int employmentNotConfirmed, int complaints, BigDecimal reachRate, BigDecimal confirmationRate, BigDecimal complaintRate,
            String drawnBy, Instant drawnAt) {
    }

    /** One line of the call list: the worker masked as application-service masked them, and the outcome once called. */
    record Call(int position, int rosterLine, int year, String employer, String maskedName, String maskedPhone, CallOutcome.Reach reach,
            String reachLabel, CallOutcome.Employment employment, String employmentLabel, Boolean complaint, String note, String calledBy,
            Instant calledAt, int reveals) {
    }

    /** A quarter's sample: how it was drawn (anyone can redo it from the seed and the rule), its summary and its calls. */
    record CallList(UUID brandId, String quarter, String seed, int size, int rosterSize, int sampleMaximum, BigDecimal sampleShare,
            String drawnBy, Instant drawnAt, QuarterSummary summary, List<Call> calls) {
    }

    /** One call's worker in full, for the reviewer who gave a reason: never stored. */
    record Revealed(int position, String name, String phone) {
    }
}

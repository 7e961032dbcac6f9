package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;
import java.util.UUID;

/** When a case's brand was (or is) before the public: the first and the last day of its notice, inclusive. */
public record NoticePeriod(UUID caseId, LocalDate startsOn, LocalDate endsOn) {

    /** Whether the notice runs on the day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

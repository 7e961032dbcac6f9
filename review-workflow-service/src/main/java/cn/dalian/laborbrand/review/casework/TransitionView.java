package cn.dalian.laborbrand.review.casework;

import java.time.Instant;

/** One step of a case's history as people read it. */
public record TransitionView(ReviewStage from, ReviewStage to, CaseAction action, String actionLabel, String actor, Instant at,
        String comment) {
}

package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.util.UUID;

/** One step in a case's history: who moved it from which stage to which, when, and why. */
public record Transition(UUID caseId, ReviewStage from, ReviewStage to, CaseAction action, String actor, Instant at,
        String comment) {
}

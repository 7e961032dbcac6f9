package cn.dalian.laborbrand.registry.rectification;

import java.time.Instant;

/**
 * A rectification as kept: the rules' value and what the record adds around it (the brand's district for the
 * worklist's scope, the period first ordered, who ordered and who decided, when ordered, the row's version).
 */
public record RecordedRectification(Rectification rectification, String district, int workingDays, String orderedBy, Instant orderedAt,
        String decidedBy, int version) {

    /** The same record around the rectification after a step. */
    public RecordedRectification after(Rectification next, String actor) {
        return new RecordedRectification(next, district, workingDays, orderedBy, orderedAt, next.decision() == null ? decidedBy : actor, version);
    }
}

package cn.dalian.laborbrand.review.casework;

import java.util.Optional;
import java.util.UUID;

/**
 * The on-site inspection (实地查验) of a case, as the district decision needs it. The inspection feature keeps the
 * record and answers here, so that casework depends on no other feature.
 */
public interface InspectionRecords {

    /** The outcome of the case's inspection; empty while none is concluded. */
    Optional<InspectionOutcome> outcomeOf(UUID caseId);
}

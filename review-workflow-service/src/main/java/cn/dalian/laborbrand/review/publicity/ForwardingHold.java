package cn.dalian.laborbrand.review.publicity;

import java.util.UUID;

/**
 * Something that keeps a case from going to the city once its notice has ended, such as an objection the district has
 * not resolved yet (公示期满无异议 is the condition for forwarding). Implemented by the features that hold cases, so that
 * publicity depends on none of them.
 */
public interface ForwardingHold {

    /** Whether the case must wait; asked in the closing's transaction, with the case's list entry locked. */
    boolean holds(UUID caseId);
}

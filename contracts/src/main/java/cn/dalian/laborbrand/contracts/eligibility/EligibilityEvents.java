package cn.dalian.laborbrand.contracts.eligibility;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events eligibility-service publishes. */
public final class EligibilityEvents {

    /** An application was checked against its campaign's criteria. Subject: the application id. */
    public static final EventDefinition<EligibilityAssessed> ASSESSED =
            new EventDefinition<>("EligibilityAssessed", 1, "laborbrand.assessment.assessed", EligibilityAssessed.class);

    private EligibilityEvents() {
    }
}

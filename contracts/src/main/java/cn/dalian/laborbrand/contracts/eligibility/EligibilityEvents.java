package cn.dalian.laborbrand.contracts.eligibility;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events eligibility-service publishes. */
public final class EligibilityEvents {

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String ASSESSED_TOPIC = "laborbrand.assessment.assessed";

    /** An application was checked against its campaign's criteria. Subject: the application id. */
    public static final EventDefinition<EligibilityAssessed> ASSESSED =
            EventDefinition.of("EligibilityAssessed", "1.1", ASSESSED_TOPIC, EligibilityAssessed.class);

    private EligibilityEvents() {
    }
}

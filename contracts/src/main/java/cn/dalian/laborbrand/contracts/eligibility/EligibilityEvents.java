package cn.dalian.laborbrand.contracts.eligibility;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events eligibility-service publishes. */
public final class EligibilityEvents {

    /** The one service (its {@code spring.application.name}) that writes these topics: consumers refuse an event from anyone else. */
    public static final String PRODUCER = "eligibility-service";

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String ASSESSED_TOPIC = "laborbrand.assessment.assessed";

    /** An application was checked against its campaign's criteria. Subject: the application id. */
    public static final EventDefinition<EligibilityAssessed> ASSESSED =
            EventDefinition.of("EligibilityAssessed", "1.1", ASSESSED_TOPIC, PRODUCER, EligibilityAssessed.class);

    private EligibilityEvents() {
    }
}

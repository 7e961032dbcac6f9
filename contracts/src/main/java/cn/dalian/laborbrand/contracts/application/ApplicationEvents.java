package cn.dalian.laborbrand.contracts.application;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events application-service publishes. */
public final class ApplicationEvents {

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String SUBMITTED_TOPIC = "laborbrand.application.submitted";

    /** An applicant unit submitted its application to its district HR bureau. Subject: the application id. */
    public static final EventDefinition<ApplicationSubmitted> SUBMITTED =
            EventDefinition.of("ApplicationSubmitted", "1.0", SUBMITTED_TOPIC, ApplicationSubmitted.class);

    private ApplicationEvents() {
    }
}

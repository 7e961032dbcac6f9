package cn.dalian.laborbrand.contracts.application;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events application-service publishes. */
public final class ApplicationEvents {

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String SUBMITTED_TOPIC = "laborbrand.application.submitted";

    /** An applicant unit submitted its application to its district HR bureau. Subject: the application id. */
    public static final EventDefinition<ApplicationSubmitted> SUBMITTED =
            new EventDefinition<>("ApplicationSubmitted", 1, SUBMITTED_TOPIC, ApplicationSubmitted.class);

    private ApplicationEvents() {
    }
}

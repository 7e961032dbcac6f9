package cn.dalian.laborbrand.contracts.application;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events application-service publishes. */
public final class ApplicationEvents {

    /** An applicant unit submitted its application to its district HR bureau. Subject: the application id. */
    public static final EventDefinition<ApplicationSubmitted> SUBMITTED =
            new EventDefinition<>("ApplicationSubmitted", 1, "laborbrand.application.submitted", ApplicationSubmitted.class);

    private ApplicationEvents() {
    }
}

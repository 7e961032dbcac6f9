package cn.dalian.laborbrand.eligibility.assessment;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/**
 * Every submitted application is assessed as soon as it arrives, and again whenever its unit resubmits it with the
 * supplement its district asked for.
 */
@Component
class SubmissionListener {

    private final EventInbox inbox;
    private final AssessmentService assessments;

    SubmissionListener(EventInbox inbox, AssessmentService assessments) {
        this.inbox = inbox;
        this.assessments = assessments;
    }

    @KafkaListener(topics = ApplicationEvents.SUBMITTED_TOPIC)
    void onSubmitted(String message) {
        inbox.receive(message, ApplicationEvents.SUBMITTED, event -> assessments.assess(event.payload()));
    }

    @KafkaListener(topics = ApplicationEvents.RESUBMITTED_TOPIC)
    void onResubmitted(String message) {
        inbox.receive(message, ApplicationEvents.RESUBMITTED, event -> assessments.reassess(event.payload()));
    }
}

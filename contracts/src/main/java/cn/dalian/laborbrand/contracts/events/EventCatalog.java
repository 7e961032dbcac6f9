package cn.dalian.laborbrand.contracts.events;

import java.util.List;
import java.util.Optional;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;

/** Every event type of the platform, for routing by type or topic and for the contract tests. Each topic carries one type. */
public final class EventCatalog {

    public static final List<EventDefinition<?>> ALL = List.of(
            ApplicationEvents.SUBMITTED,
            ApplicationEvents.RESUBMITTED,
            ApplicationEvents.WITHDRAWN,
            ApplicationEvents.CAMPAIGN_PUBLISHED,
            ApplicationEvents.ORGANISATION_CONTACTS_CHANGED,
            EligibilityEvents.ASSESSED,
            ReviewEvents.DISTRICT_DECISION_MADE,
            ReviewEvents.PUBLICITY_STARTED,
            ReviewEvents.PUBLICITY_ENDED,
            ReviewEvents.BRAND_CERTIFIED,
            ReviewEvents.SUPPLEMENT_REQUESTED,
            ReviewEvents.APPLICATION_REJECTED,
            ReviewEvents.OBJECTION_LODGED,
            ReviewEvents.OBJECTION_RESOLVED,
            RegistryEvents.BRAND_REGISTERED,
            RegistryEvents.BRAND_PROFILE_UPDATED,
            RegistryEvents.YEARLY_REPORT_ACCEPTED,
            RegistryEvents.RECTIFICATION_ORDERED,
            RegistryEvents.RECTIFICATION_ANSWERED,
            RegistryEvents.RECTIFICATION_EXTENDED,
            RegistryEvents.RECTIFICATION_REMINDER_DUE,
            RegistryEvents.RECTIFICATION_CLOSED,
            RegistryEvents.EXIT_PROPOSED,
            RegistryEvents.BRAND_EXITED,
            RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED,
            SubsidyEvents.ENTITLEMENT_CREATED,
            SubsidyEvents.DISBURSED,
            SubsidyEvents.PAYMENT_FAILED);

    private EventCatalog() {
    }

    public static Optional<EventDefinition<?>> byType(String type) {
        return ALL.stream().filter(definition -> definition.type().equals(type)).findFirst();
    }

    /** The event type a topic carries, with the service that alone writes it. */
    public static Optional<EventDefinition<?>> byTopic(String topic) {
        return ALL.stream().filter(definition -> definition.topic().equals(topic)).findFirst();
    }
}

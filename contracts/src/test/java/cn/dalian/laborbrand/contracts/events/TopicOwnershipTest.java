package cn.dalian.laborbrand.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;

/** Each topic is the word of one service: who owns which, and what a consumer does with an event from anyone else. */
class TopicOwnershipTest {

    /**
     * Who writes which topic, written out once more on purpose: a change to the ownership (which the broker's ACLs and every
     * consumer follow) must be made here too, knowingly, or this test fails.
     */
    private static final Map<String, String> OWNERS = owners(
            "laborbrand.application.submitted", "application-service",
            "laborbrand.application.resubmitted", "application-service",
            "laborbrand.application.withdrawn", "application-service",
            "laborbrand.campaign.published", "application-service",
            "laborbrand.organisation.contacts-changed", "application-service",
            "laborbrand.assessment.assessed", "eligibility-service",
            "laborbrand.review-case.district-decision-made", "review-workflow-service",
            "laborbrand.review-case.publicity-started", "review-workflow-service",
            "laborbrand.review-case.publicity-ended", "review-workflow-service",
            "laborbrand.review-case.brand-certified", "review-workflow-service",
            "laborbrand.review-case.supplement-requested", "review-workflow-service",
            "laborbrand.review-case.application-rejected", "review-workflow-service",
            "laborbrand.review-case.objection-lodged", "review-workflow-service",
            "laborbrand.review-case.objection-resolved", "review-workflow-service",
            "laborbrand.brand.registered", "brand-registry-service",
            "laborbrand.brand.profile-updated", "brand-registry-service",
            "laborbrand.brand.yearly-report-accepted", "brand-registry-service",
            "laborbrand.brand.rectification-ordered", "brand-registry-service",
            "laborbrand.brand.rectification-answered", "brand-registry-service",
            "laborbrand.brand.rectification-extended", "brand-registry-service",
            "laborbrand.brand.rectification-reminder-due", "brand-registry-service",
            "laborbrand.brand.rectification-closed", "brand-registry-service",
            "laborbrand.brand.exit-proposed", "brand-registry-service",
            "laborbrand.brand.exited", "brand-registry-service",
            "laborbrand.brand.provincial-certification-recorded", "brand-registry-service",
            "laborbrand.entitlement.created", "subsidy-service",
            "laborbrand.subsidy.disbursed", "subsidy-service",
            "laborbrand.subsidy.payment-failed", "subsidy-service");

    private static final BrandCertified CERTIFIED = EventSamples.payloadOf(ReviewEvents.BRAND_CERTIFIED);

    @Test
    void everyTopicHasTheOneProducerListedAboveAndCarriesOneType() {
        Map<String, String> declared = EventCatalog.ALL.stream()
                .collect(Collectors.toMap(EventDefinition::topic, EventDefinition::producer, (a, b) -> {
                    throw new AssertionError("a topic carries two event types");
                }, LinkedHashMap::new));

        assertThat(declared).containsExactlyInAnyOrderEntriesOf(OWNERS);
    }

    @Test
    void anEventFromTheTopicsProducerIsAccepted() {
        // given BrandCertified as review-workflow-service writes it
        EventEnvelope<BrandCertified> genuine = EventSamples.envelope(ReviewEvents.BRAND_CERTIFIED, CERTIFIED);

        // when it arrives on its topic, then it is accepted
        assertThatCode(() -> TopicOwnership.verify(ReviewEvents.BRAND_CERTIFIED_TOPIC, genuine)).doesNotThrowAnyException();
    }

    @Test
    void aBrandCertifiedWrittenByAnotherServiceIsRefusedNamingTheClaimedSourceAndTheOwner() {
        // given a well-formed BrandCertified that says eligibility-service wrote it
        EventEnvelope<BrandCertified> forged = from("eligibility-service", EventSamples.envelope(ReviewEvents.BRAND_CERTIFIED, CERTIFIED));

        // when it arrives on review-workflow's topic, then it is refused as forged, saying who claimed it and who owns the topic
        assertThatThrownBy(() -> TopicOwnership.verify(ReviewEvents.BRAND_CERTIFIED_TOPIC, forged))
                .isInstanceOf(ForgedEventException.class)
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("claims to come from eligibility-service")
                .hasMessageContaining("only review-workflow-service writes laborbrand.review-case.brand-certified");
    }

    @Test
    void anEventOfAnotherTypeThanItsTopicCarriesIsRefusedEvenFromThatTopicsProducer() {
        // given a BrandCertified, correctly from review-workflow-service, put on the topic of its district decisions
        EventEnvelope<BrandCertified> misplaced = EventSamples.envelope(ReviewEvents.BRAND_CERTIFIED, CERTIFIED);

        // when it arrives there, then it is refused: that topic carries DistrictDecisionMade only
        assertThatThrownBy(() -> TopicOwnership.verify(ReviewEvents.DISTRICT_DECISION_MADE_TOPIC, misplaced))
                .isInstanceOf(ForgedEventException.class)
                .hasMessageContaining("which carries DistrictDecisionMade only");
    }

    @Test
    void anEventOnATopicThePlatformDoesNotHaveIsRefused() {
        EventEnvelope<BrandCertified> genuine = EventSamples.envelope(ReviewEvents.BRAND_CERTIFIED, CERTIFIED);

        assertThatThrownBy(() -> TopicOwnership.verify("laborbrand.review-case.brand-certified-copy", genuine))
                .isInstanceOf(ForgedEventException.class)
                .hasMessageContaining("is no topic of the platform");
    }

    private static <P> EventEnvelope<P> from(String source, EventEnvelope<P> envelope) {
        return new EventEnvelope<>(envelope.eventId(), envelope.type(), envelope.schemaVersion(), envelope.occurredAt(), source,
                envelope.subject(), envelope.correlationId(), envelope.payload());
    }

    private static Map<String, String> owners(String... topicsAndOwners) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (int i = 0; i < topicsAndOwners.length; i += 2) {
            owners.put(topicsAndOwners[i], topicsAndOwners[i + 1]);
        }
        return owners;
    }
}

package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import io.micrometer.core.instrument.MeterRegistry;

/** Subsidy consumes BrandCertified and publishes SubsidyEntitlementCreated. */
@PlatformIntegrationTest
class EntitlementEventsIT implements InboxContract<BrandCertified>, OutboxContract {

    @Autowired
    EntitlementService entitlements;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aCityLevelCertificationEntitlesTheUnitToFiveMillionFen() {
        BrandCertified certified = newPayload();

        var created = entitlements.entitle(certified).orElseThrow();

        assertThat(created.amount().fen()).isEqualTo(5_000_000L);
        assertThat(jdbc.sql("SELECT amount_fen FROM entitlement WHERE brand_id = :id").param("id", certified.brandId())
                .query(Long.class).single()).isEqualTo(5_000_000L);
    }

    @Test
    void aDistrictLevelCertificationEntitlesToNothing() {
        BrandCertified district = SampleEvents.brandCertified(BrandLevel.DISTRICT);

        assertThat(entitlements.entitle(district)).isEmpty();
        assertThat(effectsOf(district)).isZero();
    }

    @Test
    void theSameCertificationTwiceCreatesOneEntitlement() {
        BrandCertified certified = newPayload();

        entitlements.entitle(certified);
        assertThat(entitlements.entitle(certified)).isEmpty();
        assertThat(effectsOf(certified)).isEqualTo(1);
    }

    @Test
    void theSameCertificationReSentWithANewBrandIdAndANewEventIdGivesOneEntitlement() {
        // given the city's certification of an application, consumed from its topic: one entitlement of ¥50,000
        BrandCertified certified = newPayload();
        KafkaProbe.send(ReviewEvents.BRAND_CERTIFIED_TOPIC, SampleEvents.subjectOf(certified),
                SampleEvents.message(ReviewEvents.BRAND_CERTIFIED, certified));
        await().atMost(PROCESSING).until(() -> entitlementsOfApplication(certified.applicationId()) == 1);
        double refusedBefore = alreadyEntitled();

        // when the same certification arrives again under a new brand id, as a new event (a replay or a forgery upstream)
        BrandCertified reSent = new BrandCertified(UUID.randomUUID(), certified.caseId(), certified.applicationId(), certified.campaign(),
                certified.orgId(), certified.unitName(), certified.district(), certified.brandName(), certified.level(),
                certified.decisionDate(), certified.decidedBy());
        KafkaProbe.send(ReviewEvents.BRAND_CERTIFIED_TOPIC, SampleEvents.subjectOf(reSent), SampleEvents.message(ReviewEvents.BRAND_CERTIFIED, reSent));

        // then it is consumed and counted, and the application keeps its one entitlement, under the first brand
        await().atMost(PROCESSING).until(() -> alreadyEntitled() > refusedBefore);
        assertThat(entitlementsOfApplication(certified.applicationId())).isEqualTo(1);
        assertThat(effectsOf(reSent)).isZero();
        assertThat(effectsOf(certified)).isEqualTo(1);
    }

    private long entitlementsOfApplication(UUID applicationId) {
        return jdbc.sql("SELECT count(*) FROM entitlement WHERE application_id = :id").param("id", applicationId).query(Long.class).single();
    }

    private double alreadyEntitled() {
        return meters.find("laborbrand.subsidy.certifications.already.entitled").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Override
    public EventDefinition<BrandCertified> consumedEvent() {
        return ReviewEvents.BRAND_CERTIFIED;
    }

    @Override
    public long effectsOf(BrandCertified payload) {
        return jdbc.sql("SELECT count(*) FROM entitlement WHERE brand_id = :id").param("id", payload.brandId()).query(Long.class).single();
    }

    @Override
    public EventDefinition<?> publishedEvent() {
        return SubsidyEvents.ENTITLEMENT_CREATED;
    }

    @Override
    public String changeStateAndCommit() {
        return entitlements.entitle(newPayload()).orElseThrow().id().toString();
    }

    @Override
    public void changeStateThenRollBack() {
        transaction.executeWithoutResult(status -> {
            entitlements.entitle(newPayload());
            throw new IllegalStateException("the entitlement could not be completed");
        });
    }
}

package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

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
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/** Subsidy consumes BrandCertified and publishes SubsidyEntitlementCreated. */
@PlatformIntegrationTest
class EntitlementEventsIT implements InboxContract<BrandCertified>, OutboxContract {

    @Autowired
    EntitlementService entitlements;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

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

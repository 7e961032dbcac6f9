package cn.dalian.laborbrand.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** The registry consumes BrandCertified and publishes BrandRegistered. */
@PlatformIntegrationTest
class RegistrationEventsIT implements InboxContract<BrandCertified>, OutboxContract {

    @Autowired
    RegistrationService registration;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCertifiedBrandGetsTheNextCertificateNumberOfItsCampaignAndLevel() {
        // given two city-level brands certified one after the other
        var first = registration.register(newPayload()).orElseThrow();
        var second = registration.register(newPayload()).orElseThrow();

        // then their numbers follow each other
        int firstSequence = Integer.parseInt(first.certificateNumber().substring("DL-LB-2022-CITY-".length()));
        assertThat(first.certificateNumber()).startsWith("DL-LB-2022-CITY-");
        assertThat(second.certificateNumber()).isEqualTo(CertificateNumber.of("2022", BrandLevel.CITY, firstSequence + 1));
    }

    @Test
    void aRegisteredBrandHoldsTheFirstEditionOfItsCertificate() {
        var brand = registration.register(newPayload()).orElseThrow();

        assertThat(jdbc.sql("SELECT certificate_number FROM certificate_issue WHERE brand_id = :id AND edition = 1")
                .param("id", brand.id()).query(String.class).single()).isEqualTo(brand.certificateNumber());
    }

    @Test
    void aBrandRegisteredTwiceKeepsItsFirstNumber() {
        BrandCertified certified = newPayload();
        var first = registration.register(certified);

        assertThat(registration.register(certified)).isEmpty();
        assertThat(jdbc.sql("SELECT certificate_number FROM brand WHERE id = :id").param("id", certified.brandId())
                .query(String.class).single()).isEqualTo(first.orElseThrow().certificateNumber());
    }

    @Override
    public EventDefinition<BrandCertified> consumedEvent() {
        return ReviewEvents.BRAND_CERTIFIED;
    }

    @Override
    public long effectsOf(BrandCertified payload) {
        return jdbc.sql("SELECT count(*) FROM brand WHERE id = :id").param("id", payload.brandId()).query(Long.class).single();
    }

    @Override
    public EventDefinition<?> publishedEvent() {
        return RegistryEvents.BRAND_REGISTERED;
    }

    @Override
    public String changeStateAndCommit() {
        BrandCertified certified = newPayload();
        registration.register(certified);
        return certified.brandId().toString();
    }

    @Override
    public void changeStateThenRollBack() {
        transaction.executeWithoutResult(status -> {
            registration.register(newPayload());
            throw new IllegalStateException("the registration could not be completed");
        });
    }
}

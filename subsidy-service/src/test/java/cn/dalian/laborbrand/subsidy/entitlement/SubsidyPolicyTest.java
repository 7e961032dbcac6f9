package cn.dalian.laborbrand.subsidy.entitlement;

import static cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel.CITY;
import static cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel.DISTRICT;
import static cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel.PROVINCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

class SubsidyPolicyTest {

    /** 大就办发〔2022〕9号: provincial ¥100,000, city ¥50,000, district none (as V3__subsidy_amount.sql seeds it). */
    private static final Map<CertificationLevel, Long> AMOUNTS_2022 = Map.of(PROVINCIAL, 10_000_000L, CITY, 5_000_000L);

    private final SubsidyPolicy campaign2022 = new SubsidyPolicy("2022", AMOUNTS_2022, true);

    @Test
    void aCityLevelBrandReceivesFiftyThousandYuan() {
        assertThat(campaign2022.amountFor(CITY, Set.of())).contains(Money.yuan(50_000));
    }

    @Test
    void aProvincialCertificationBringsOneHundredThousandYuan() {
        assertThat(campaign2022.amountFor(PROVINCIAL, Set.of())).contains(Money.yuan(100_000));
    }

    @Test
    void aDistrictLevelBrandReceivesNothing() {
        assertThat(campaign2022.amountFor(DISTRICT, Set.of())).isEmpty();
    }

    @Test
    void aCityBrandCertifiedByTheProvinceTooReceivesTheProvincialSubsidyBesideTheCitys() {
        // given 大连甘井子金港家政服务师劳务品牌 entitled to the city's ¥50,000 already
        // when the province certifies it, then the provincial ¥100,000 adds to it (two subsidies of different levels)
        assertThat(campaign2022.amountFor(PROVINCIAL, Set.of(CITY))).contains(Money.yuan(100_000));
    }

    @Test
    void aCertificationIsPaidOnceWhateverIsDeliveredTwice() {
        assertThat(campaign2022.amountFor(PROVINCIAL, Set.of(CITY, PROVINCIAL))).isEmpty();
        assertThat(campaign2022.amountFor(CITY, Set.of(CITY))).isEmpty();
    }

    @Test
    void aCertificationReSentUnderANewBrandIdBringsNothingForTheApplicationIsEntitledAtThatLevelAlready() {
        // given 大连金港人力资源服务有限公司's application, entitled to the city's ¥50,000 under the brand the certification named
        UUID application = UUID.fromString("3f6a1c2e-5b7d-4e8f-9a01-2b3c4d5e6f70");
        Entitlement cityEntitlement = entitlement(application, UUID.fromString("5a7b8c9d-0e1f-4a2b-8c3d-4e5f60718293"), CITY);

        // when the same city certification arrives again naming a new brand id
        UUID newBrand = UUID.fromString("6b8c9d0e-1f2a-4b3c-9d4e-5f6071829304");

        // then it brings nothing (one entitlement per application and level), while the province's still brings its own
        assertThat(campaign2022.amountFor(CITY, application, newBrand, List.of(cityEntitlement))).isEmpty();
        assertThat(campaign2022.amountFor(PROVINCIAL, application, newBrand, List.of(cityEntitlement))).contains(Money.yuan(100_000));
    }

    @Test
    void anotherApplicationsEntitlementDoesNotCountAgainstANewCertification() {
        // given an entitlement of another application and brand
        Entitlement others = entitlement(UUID.fromString("7c9d0e1f-2a3b-4c4d-8e5f-607182930415"), UUID.fromString("8d0e1f2a-3b4c-4d5e-9f60-718293041526"),
                CITY);

        // then 大连金港's first city certification is paid in full
        assertThat(campaign2022.amountFor(CITY, UUID.fromString("3f6a1c2e-5b7d-4e8f-9a01-2b3c4d5e6f70"),
                UUID.fromString("5a7b8c9d-0e1f-4a2b-8c3d-4e5f60718293"), List.of(others))).contains(Money.yuan(50_000));
    }

    @Test
    void aCampaignWhoseProvincialSubsidyDoesNotAddToTheCitysPaysOnlyTheFirstOfTheTwo() {
        // given a campaign that says a brand receives one of the city's and the province's subsidies
        var onlyOne = new SubsidyPolicy("2024", AMOUNTS_2022, false);

        // then the province's certification of a brand with the city's subsidy brings nothing, and the other way round
        assertThat(onlyOne.amountFor(PROVINCIAL, Set.of(CITY))).isEmpty();
        assertThat(onlyOne.amountFor(CITY, Set.of(PROVINCIAL))).isEmpty();
        // and a brand without either still receives its first
        assertThat(onlyOne.amountFor(PROVINCIAL, Set.of())).contains(Money.yuan(100_000));
    }

    @Test
    void aCampaignWithoutAmountsFailsLoudlyInsteadOfPayingNothing() {
        // given a campaign for which no subsidy amount has been set
        var campaign2023 = new SubsidyPolicy("2023", Map.of(), true);

        // then asking what a city-level brand receives is an error naming the campaign, not "nothing"
        assertThatThrownBy(() -> campaign2023.amountFor(CITY, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("campaign 2023")
                .hasMessageContaining("subsidy_amount");
    }

    @Test
    void aLevelThatGetsNothingHasNoAmountRatherThanAZeroOne() {
        assertThatThrownBy(() -> new SubsidyPolicy("2022", Map.of(DISTRICT, 0L), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISTRICT");
    }

    private static Entitlement entitlement(UUID application, UUID brand, CertificationLevel level) {
        return new Entitlement(UUID.randomUUID(), brand, application, "912102440580649631", "大连金港人力资源服务有限公司",
                "大连甘井子金港家政服务师劳务品牌", level, Money.yuan(50_000), EntitlementStatus.CREATED, Instant.parse("2022-12-20T08:00:00Z"), 0);
    }
}

package cn.dalian.laborbrand.subsidy.entitlement;

import static cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel.CITY;
import static cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel.DISTRICT;
import static cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel.PROVINCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

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
}

package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

class SubsidyPolicyTest {

    /** 大就办发〔2022〕9号: provincial ¥100,000, city ¥50,000, district none (as V3__subsidy_amount.sql seeds it). */
    private final SubsidyPolicy campaign2022 = new SubsidyPolicy("2022", Map.of("PROVINCIAL", 10_000_000L, "CITY", 5_000_000L));

    @Test
    void aCityLevelBrandReceivesFiftyThousandYuan() {
        assertThat(campaign2022.amountFor("CITY")).contains(Money.yuan(50_000));
    }

    @Test
    void aProvincialLevelBrandReceivesOneHundredThousandYuan() {
        assertThat(campaign2022.amountFor("PROVINCIAL")).contains(Money.yuan(100_000));
    }

    @Test
    void aDistrictLevelBrandReceivesNothing() {
        assertThat(campaign2022.amountFor("DISTRICT")).isEmpty();
    }

    @Test
    void aCampaignWithoutAmountsFailsLoudlyInsteadOfPayingNothing() {
        // given a campaign for which no subsidy amount has been set
        var campaign2023 = new SubsidyPolicy("2023", Map.of());

        // then asking what a city-level brand receives is an error naming the campaign, not "nothing"
        assertThatThrownBy(() -> campaign2023.amountFor("CITY"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("campaign 2023")
                .hasMessageContaining("subsidy_amount");
    }

    @Test
    void aLevelThatGetsNothingHasNoAmountRatherThanAZeroOne() {
        assertThatThrownBy(() -> new SubsidyPolicy("2022", Map.of("DISTRICT", 0L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISTRICT");
    }
}

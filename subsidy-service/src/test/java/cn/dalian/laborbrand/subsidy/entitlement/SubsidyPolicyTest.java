package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

class SubsidyPolicyTest {

    /** 大就办发〔2022〕9号: provincial ¥100,000, city ¥50,000, district none. */
    private final SubsidyPolicy campaign2022 = new SubsidyPolicy(Map.of("2022", Map.of("PROVINCIAL", 10_000_000L, "CITY", 5_000_000L)));

    @Test
    void aCityLevelBrandReceivesFiftyThousandYuan() {
        assertThat(campaign2022.amountFor("2022", "CITY")).contains(Money.yuan(50_000));
    }

    @Test
    void aProvincialLevelBrandReceivesOneHundredThousandYuan() {
        assertThat(campaign2022.amountFor("2022", "PROVINCIAL")).contains(Money.yuan(100_000));
    }

    @Test
    void aDistrictLevelBrandReceivesNothing() {
        assertThat(campaign2022.amountFor("2022", "DISTRICT")).isEmpty();
    }

    @Test
    void aCampaignWithoutConfiguredAmountsFailsLoudlyInsteadOfPayingNothing() {
        assertThatThrownBy(() -> campaign2022.amountFor("2023", "CITY"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("laborbrand.subsidy.amounts-fen.2023");
    }
}

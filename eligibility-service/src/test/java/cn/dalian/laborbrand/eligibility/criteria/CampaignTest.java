package cn.dalian.laborbrand.eligibility.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CampaignTest {

    @Test
    void aPublishedCampaignAsksForTheYearsApplicationServicePublished() {
        // given the 2022 campaign as CampaignPublished described it
        var campaign = new Campaign("2022", "2022年度劳务品牌申报认定", List.of(2021, 2022), 1);

        // then its years are 2021 and 2022, and its first criteria decide
        assertThat(campaign.isPublished()).isTrue();
        assertThat(campaign.declaredYears()).containsExactly(2021, 2022);
        assertThat(campaign.ruleSet()).isEqualTo("2022/v1");
    }

    @Test
    void aCampaignNotYetPublishedFailsLoudlyRatherThanAskingForNoYears() {
        // given a campaign whose thresholds this service holds, but whose CampaignPublished has not arrived
        var campaign = new Campaign("2026", null, null, 1);

        // then asking for its years is an error naming the campaign, not an empty list that every application would pass
        assertThat(campaign.isPublished()).isFalse();
        assertThatThrownBy(campaign::declaredYears)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("campaign 2026")
                .hasMessageContaining("CampaignPublished");
    }

    @Test
    void theYearsKeptAreACopyOfThosePublished() {
        List<Integer> years = new ArrayList<>(List.of(2021, 2022));
        var campaign = new Campaign("2022", "2022年度劳务品牌申报认定", years, 1);

        years.add(2023);

        assertThat(campaign.declaredYears()).containsExactly(2021, 2022);
    }
}

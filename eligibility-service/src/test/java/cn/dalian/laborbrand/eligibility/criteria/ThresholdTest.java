package cn.dalian.laborbrand.eligibility.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

class ThresholdTest {

    @Test
    void aHeadCountReadsAsPeople() {
        var threshold = new Threshold(Criterion.TRAINED_COUNT, BrandLevel.CITY, Comparison.AT_LEAST, new BigDecimal("1000.0000"));

        assertThat(threshold.describe()).isEqualTo("≥ 1000 人");
    }

    @Test
    void aStrictRateReadsAsMoreThanAPercentage() {
        var threshold = new Threshold(Criterion.TRAINING_PASS_RATE, BrandLevel.DISTRICT, Comparison.GREATER_THAN, new BigDecimal("0.8000"));

        assertThat(threshold.describe()).isEqualTo("> 80%");
    }

    @Test
    void aConditionReadsAsRequired() {
        var threshold = new Threshold(Criterion.COLLECTIVE_CONTRACT, BrandLevel.DISTRICT, Comparison.REQUIRED, null);

        assertThat(threshold.describe()).isEqualTo("须具备");
    }

    @Test
    void aRequiredConditionCannotCarryAFigureNorAComparisonLackOne() {
        assertThatThrownBy(() -> new Threshold(Criterion.COLLECTIVE_CONTRACT, BrandLevel.CITY, Comparison.REQUIRED, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Threshold(Criterion.EMPLOYED_COUNT, BrandLevel.CITY, Comparison.AT_LEAST, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

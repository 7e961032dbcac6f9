package cn.dalian.laborbrand.review.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 工作进程 item 6: each district creates at least one district-level brand by the end of November. */
class DistrictGoalTest {

    private static final LocalDate NOV_30 = LocalDate.of(2022, 11, 30);

    @Test
    void theGoalFallsDueAtTheEndOfNovemberOfTheCampaignsYear() {
        assertThat(DistrictGoal.dueOn(LocalDate.of(2022, 11, 22))).isEqualTo(NOV_30);
    }

    @Test
    void oneCertifiedBrandMeetsTheGoal() {
        assertThat(DistrictGoal.standing(1, NOV_30, LocalDate.of(2022, 11, 10))).isEqualTo(DistrictGoal.Standing.MET);
        assertThat(DistrictGoal.standing(1, NOV_30, LocalDate.of(2022, 12, 20))).isEqualTo(DistrictGoal.Standing.MET);
    }

    @Test
    void aDistrictWithoutABrandIsAtRiskInTheLastWeekAndMissedAfterwards() {
        assertThat(DistrictGoal.standing(0, NOV_30, LocalDate.of(2022, 11, 22))).isEqualTo(DistrictGoal.Standing.OPEN);
        assertThat(DistrictGoal.standing(0, NOV_30, LocalDate.of(2022, 11, 23))).isEqualTo(DistrictGoal.Standing.AT_RISK);
        assertThat(DistrictGoal.standing(0, NOV_30, LocalDate.of(2022, 11, 30))).isEqualTo(DistrictGoal.Standing.AT_RISK);
        assertThat(DistrictGoal.standing(0, NOV_30, LocalDate.of(2022, 12, 1))).isEqualTo(DistrictGoal.Standing.MISSED);
    }
}

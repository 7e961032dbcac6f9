package cn.dalian.laborbrand.application.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.application.roster.CountingRules.Counting;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;

class CountingRulesTest {

    private static final String DALIAN = "210211199003071235";
    private static final String SHANDONG = "37010219920512123X";

    @Test
    void managementStaffAreNeverCountedWhateverElseHolds() {
        assertThat(CountingRules.of(worker(DALIAN, true, "本单位", true, false, null, null))).isEqualTo(Counting.MANAGEMENT);
    }

    @Test
    void aWorkerWithoutDalianRegistrationCountsOnlyWhenServingADalianEmployer() {
        assertThat(CountingRules.of(worker(SHANDONG, false, "大连港湾家政服务有限公司", true, false, null, null))).isEqualTo(Counting.COUNTED);
        assertThat(CountingRules.of(worker(SHANDONG, false, null, false, false, null, null))).isEqualTo(Counting.OUTSIDE_DALIAN);
    }

    @Test
    void aDalianRegisteredWorkerCountsWithoutADalianEmployer() {
        assertThat(CountingRules.of(worker(DALIAN, false, null, false, false, null, null))).isEqualTo(Counting.COUNTED);
    }

    @Test
    void outputToAnotherProvinceCountsOnlyWithContractAndSocialInsuranceProof() {
        assertThat(CountingRules.of(worker(DALIAN, false, "青岛海润物业管理有限公司", false, true, "青劳派 2022-031", null)))
                .isEqualTo(Counting.UNPROVEN_OUTPUT);
        assertThat(CountingRules.of(worker(DALIAN, false, "青岛海润物业管理有限公司", false, true, "青劳派 2022-031", "鲁社保 2022-0518")))
                .isEqualTo(Counting.COUNTED);
    }

    @Test
    void theTallyCountsTrainedPassedEmployedAndSpeciallyTrainedEmployedOfCountedWorkersOnly() {
        RosterTally tally = new RosterTally();
        tally.add(new WorkerRow(2, "王建国", DALIAN, "13904118765", 2022, false, true, true, "本单位", true, false, null, null));
        tally.add(new WorkerRow(3, "李秀英", DALIAN, "13904118766", 2022, false, true, false, null, false, false, null, null));
        tally.add(new WorkerRow(4, "张伟", DALIAN, "13904118767", 2022, false, false, false, "大连港湾家政服务有限公司", true, false, null, null));
        tally.add(new WorkerRow(5, "赵经理", DALIAN, "13904118768", 2022, true, true, true, "本单位", true, false, null, null));
        tally.add(new WorkerRow(6, "刘洋", SHANDONG, "13904118769", 2022, false, true, true, null, false, false, null, null));
        tally.add(new WorkerRow(7, "陈静", DALIAN, "13904118770", 2022, false, true, true, "青岛海润物业管理有限公司", false, true, "青劳派 2022-031", null));

        assertThat(tally.years()).containsExactly(new RosterYear(2022, 6, 2, 1, 2, 1, 1, 1, 1));
        assertThat(tally.organisedOutput()).isTrue();
        assertThat(tally.outOfProvinceOutput()).isTrue();
    }

    @Test
    void aRosterOfOwnAbsorptionOnlyShowsNoOrganisedOutput() {
        RosterTally tally = new RosterTally();
        tally.add(new WorkerRow(2, "王建国", DALIAN, "13904118765", 2021, false, true, true, "本单位", true, false, null, null));

        assertThat(tally.organisedOutput()).isFalse();
        assertThat(tally.years()).extracting(RosterYear::year).isEqualTo(List.of(2021));
    }

    private static WorkerRow worker(String id, boolean management, String employer, boolean employerInDalian, boolean outOfProvince,
            String contract, String insurance) {
        return new WorkerRow(2, "王建国", id, "13904118765", 2022, management, true, true, employer, employerInDalian, outOfProvince, contract,
                insurance);
    }
}

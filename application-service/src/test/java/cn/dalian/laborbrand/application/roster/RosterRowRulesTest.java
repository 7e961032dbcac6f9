package cn.dalian.laborbrand.application.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.validation.ResidentIdNumber;

class RosterRowRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 11, 15);
    private static final String UNIT = "大连金港人力资源服务有限公司";

    private final RosterRowRules rules = new RosterRowRules(Set.of(2021, 2022), UNIT, Set.of("大连港湾家政服务有限公司", "青岛海润物业管理有限公司"), TODAY);

    @Test
    void aCompleteRowOfADalianWorkerTrainedAndAbsorbedByTheUnitIsTaken() {
        RosterRowRules.Result result = rules.check(2, row("王建国", "210211199003071235", "2022", "本单位"));

        assertThat(result.refusal()).isNull();
        assertThat(result.worker()).isEqualTo(new WorkerRow(2, "王建国", "210211199003071235", "13904118765", 2022, false, true, true, "本单位",
                true, false, null, null));
    }

    @Test
    void theUnitsOwnNameMeansItsOwnAbsorptionLikeBenDanWei() {
        assertThat(rules.check(2, row("王建国", "210211199003071235", "2022", UNIT)).worker().employer()).isEqualTo("本单位");
    }

    @Test
    void aWrongIdCheckCharacterIsRefusedWithTheLineAndTheIdMasked() {
        RowRefusal refusal = rules.check(7, row("李秀英", "210211199003071238", "2022", "本单位")).refusal();

        assertThat(refusal).isEqualTo(new RowRefusal(7, "身份证号码", "身份证号码校验位（第 18 位）不正确", "李**", "2102**********1238"));
    }

    @Test
    void aBirthDateAfterTodayIsRefused() {
        String born2023 = "21021120230101123";
        String id = born2023 + ResidentIdNumber.checkCharacterOf(born2023);

        assertThat(rules.check(3, row("张伟", id, "2022", "本单位")).refusal().reason()).isEqualTo("身份证号码中的出生日期 2023-01-01 晚于今天");
    }

    @Test
    void theSameWorkerTwiceInOneYearIsRefusedNamingTheFirstLineButOncePerYearIsFine() {
        assertThat(rules.check(2, row("王建国", "210211199003071235", "2021", "本单位")).worker()).isNotNull();
        assertThat(rules.check(3, row("王建国", "210211199003071235", "2022", "本单位")).worker()).isNotNull();

        RowRefusal again = rules.check(9, row("王建国", "210211199003071235", "2022", "本单位")).refusal();

        assertThat(again.reason()).isEqualTo("与第 3 行为同一人同一年度，重复列出");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Map<RosterColumn, String> row = row("王建国", "210211199003071235", "2022", "本单位");
        row.remove(RosterColumn.PHONE);

        assertThat(rules.check(4, row).refusal().reason()).isEqualTo("手机号码未填写");
    }

    @Test
    void anEmployerTheUnitDidNotListIsUnknown() {
        RowRefusal refusal = rules.check(5, row("王建国", "210211199003071235", "2022", "沈阳某某劳务派遣有限公司")).refusal();

        assertThat(refusal.reason()).isEqualTo("就业单位“沈阳某某劳务派遣有限公司”不在本申报登记的用工单位名单中（自主吸纳请填“本单位”）");
    }

    @Test
    void aYearTheCampaignDoesNotAskForIsRefused() {
        assertThat(rules.check(6, row("王建国", "210211199003071235", "2020", "本单位")).refusal().reason())
                .isEqualTo("年度“2020”不是本批次申报的年度（2021、2022）");
    }

    @Test
    void aFormulaIsNoNameButInAReferenceColumnItIsKeptAsText() {
        assertThat(rules.check(2, row("=HYPERLINK(\"http://x\",\"王\")", "210211199003071235", "2022", "本单位")).refusal().column()).isEqualTo("姓名");

        Map<RosterColumn, String> outOfProvince = row("刘洋", "37010219920512123X", "2022", "青岛海润物业管理有限公司");
        outOfProvince.put(RosterColumn.EMPLOYER_IN_DALIAN, "否");
        outOfProvince.put(RosterColumn.OUT_OF_PROVINCE, "是");
        outOfProvince.put(RosterColumn.CONTRACT_REF, "=HYPERLINK(\"http://evil\",\"合同\")");
        outOfProvince.put(RosterColumn.INSURANCE_REF, "鲁社保 2022-0518");

        assertThat(rules.check(3, outOfProvince).worker().contractRef()).isEqualTo("=HYPERLINK(\"http://evil\",\"合同\")");
    }

    @Test
    void passedWithoutTrainingIsRefused() {
        Map<RosterColumn, String> row = row("王建国", "210211199003071235", "2022", "本单位");
        row.put(RosterColumn.TRAINED, "否");

        assertThat(rules.check(2, row).refusal().reason()).isEqualTo("未参加培训的人员不能填写培训合格");
    }

    static Map<RosterColumn, String> row(String name, String id, String year, String employer) {
        Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
        row.put(RosterColumn.NAME, name);
        row.put(RosterColumn.ID_NUMBER, id);
        row.put(RosterColumn.PHONE, "13904118765");
        row.put(RosterColumn.YEAR, year);
        row.put(RosterColumn.ROLE, "务工人员");
        row.put(RosterColumn.TRAINED, "是");
        row.put(RosterColumn.PASSED, "是");
        row.put(RosterColumn.EMPLOYER, employer);
        row.put(RosterColumn.EMPLOYER_IN_DALIAN, "是");
        return row;
    }
}

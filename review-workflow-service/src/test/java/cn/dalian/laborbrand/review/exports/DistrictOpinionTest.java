package cn.dalian.laborbrand.review.exports;

import static cn.dalian.laborbrand.review.exports.ExportSamples.NAMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.precheck.Precheck;
import cn.dalian.laborbrand.review.publicity.NoticePeriod;

/** The district's opinion (区级审核意见) as the city receives it with each case. */
class DistrictOpinionTest {

    private final ReviewCase jingang = ExportSamples.jingang(ReviewStage.CITY_REVIEW);
    private final Optional<NoticePeriod> notice = Optional.of(
            new NoticePeriod(jingang.id(), LocalDate.of(2022, 11, 21), LocalDate.of(2022, 11, 25)));

    @Test
    void theDecisionItsReasonsAndTheNoticeAreStated() {
        DistrictOpinion opinion = DistrictOpinion.of(jingang, notice, Optional.empty(), ExportSamples.history(jingang), NAMES);

        assertThat(opinion.district()).isEqualTo("甘井子区");
        assertThat(opinion.decision()).isEqualTo("区级入选，推荐市级");
        assertThat(opinion.decisionComment()).isEqualTo("材料齐全，实地查验属实，推荐申报市级。");
        assertThat(opinion.decidedBy()).isEqualTo("reviewer-ganjingzi");
        assertThat(opinion.decidedOn()).isEqualTo("2022年11月21日");
        assertThat(opinion.notice()).isEqualTo("2022-11-21 至 2022-11-25");
    }

    @Test
    void thePrecheckIsSummedUpLevelByLevelWithTheCriteriaNotMetAndTheRiskFlags() {
        DistrictOpinion opinion = DistrictOpinion.of(jingang, notice, Optional.of(Precheck.of(ExportSamples.assessment())), List.of(), NAMES);

        DistrictOpinion.PrecheckSummary summary = opinion.precheck().orElseThrow();
        assertThat(summary.basis()).isEqualTo("按导入的务工人员花名册核算");
        assertThat(summary.ruleSet()).isEqualTo("2022/v1");
        assertThat(summary.levels()).extracting(DistrictOpinion.LevelLine::level, DistrictOpinion.LevelLine::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("区级", "符合"), org.assertj.core.groups.Tuple.tuple("市级", "不符合"));
        assertThat(summary.levels().getFirst().unmet()).isEmpty();
        assertThat(summary.levels().get(1).unmet()).containsExactly("2021年 培训人数：申报 1120 人，花名册核算 980 人，要求 ≥ 1000 人");
        assertThat(summary.risks()).containsExactly("2022 年劳动人事争议败诉案件 1 件，需审核人研判。");
    }

    @Test
    void aMissingPrecheckStaysMissingNeverNoRisk() {
        DistrictOpinion opinion = DistrictOpinion.of(jingang, notice, Optional.empty(), List.of(), NAMES);

        assertThat(opinion.precheck()).isEmpty();
    }

    @Test
    void everyStepOfTheCaseIsListedWithWhoWhenAndWhyInDalianTime() {
        DistrictOpinion opinion = DistrictOpinion.of(jingang, notice, Optional.empty(), ExportSamples.history(jingang), NAMES);

        assertThat(opinion.history()).containsExactly(
                new DistrictOpinion.Step("2022-11-18 10:00", "受理申报", "applicant-a", "—"),
                new DistrictOpinion.Step("2022-11-21 09:30", "区级初审通过", "reviewer-ganjingzi", "材料齐全，实地查验属实，推荐申报市级。"),
                new DistrictOpinion.Step("2022-12-01 11:00", "市级复审通过", "city-reviewer", "复审材料齐全，同意报请核准。"));
    }
}

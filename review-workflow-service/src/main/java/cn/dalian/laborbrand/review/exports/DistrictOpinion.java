package cn.dalian.laborbrand.review.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed.CriterionResult;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed.LevelResult;
import cn.dalian.laborbrand.review.casework.DistrictDecision;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.Transition;
import cn.dalian.laborbrand.review.precheck.Precheck;
import cn.dalian.laborbrand.review.publicity.NoticePeriod;

/**
 * The district's opinion (区级审核意见) on one case, as the city receives it: the decision and its reasons, the notice,
 * the eligibility pre-check summed up (each level met or not, the criteria not met, the risk flags), and every step of
 * the case with who took it, when and why.
 *
 * @param decision     区级入选，推荐市级 …, or 尚未作出 before the district decided
 * @param notice       the notice's period, or — when none was published
 * @param precheck     the pre-check summed up; empty when none arrived (never read as "no risk")
 */
record DistrictOpinion(String brandName, String cityBrandName, String unitName, String orgCode, String district,
        String requestedLevels, String decision, String decisionComment, String decidedBy, String decidedOn, String notice,
        Optional<PrecheckSummary> precheck, List<Step> history) {

    /**
     * @param basis   按导入的务工人员花名册核算 / 按申报数字核算
     * @param levels  one line per level assessed
     * @param risks   the risk flags, blocking ones said so
     */
    record PrecheckSummary(String ruleSet, String basis, String assessedOn, List<LevelLine> levels, List<String> risks) {
    }

    /** @param unmet the criteria not met, each as 2021年 培训人数：申报 800 人，要求 ≥ 1000 人 */
    record LevelLine(String level, boolean met, List<String> unmet) {

        public String result() {
            return met ? "符合" : "不符合";
        }
    }

    record Step(String at, String action, String actor, String comment) {
    }

    DistrictOpinion {
        history = List.copyOf(history);
    }

    static DistrictOpinion of(ReviewCase reviewCase, Optional<NoticePeriod> notice, Optional<Precheck> precheck, List<Transition> history,
            DistrictNames names) {
        DistrictDecision decision = reviewCase.districtDecision();
        return new DistrictOpinion(reviewCase.brandName(), reviewCase.cityBrandName(), reviewCase.unitName(), reviewCase.orgId(),
                names.nameOf(reviewCase.district()), Wording.levels(reviewCase.requestedLevels()),
                decision == null ? "尚未作出" : Wording.verdict(decision),
                decision == null ? Wording.NONE : Wording.orNone(decision.comment()),
                decision == null ? Wording.NONE : decision.decidedBy(), decision == null ? Wording.NONE : Wording.day(decision.decidedAt()),
                notice.map(period -> Wording.period(period.startsOn(), period.endsOn())).orElse(Wording.NONE),
                precheck.map(Precheck::result).map(DistrictOpinion::summary),
                history.stream().map(step -> new Step(Wording.moment(step.at()), step.action().label(), step.actor(),
                        Wording.orNone(step.comment()))).toList());
    }

    private static PrecheckSummary summary(EligibilityAssessed assessed) {
        List<LevelLine> levels = new ArrayList<>();
        for (LevelResult level : assessed.levels()) {
            levels.add(new LevelLine(level.level().label(), level.met(),
                    level.criteria().stream().filter(criterion -> !criterion.met()).map(DistrictOpinion::unmet).toList()));
        }
        List<String> risks = assessed.riskFlags().stream()
                .map(flag -> flag.description() + (flag.blocking() ? "（整改完成前不能认定）" : "")).toList();
        String basis = "ROSTER".equals(assessed.basis()) ? "按导入的务工人员花名册核算" : "按申报数字核算（未导入花名册）";
        return new PrecheckSummary(assessed.ruleSet(), basis, Wording.day(assessed.assessedAt()), levels, risks);
    }

    /** 2021年 培训人数：申报 800 人，花名册核算 760 人，要求 ≥ 1000 人 */
    private static String unmet(CriterionResult criterion) {
        StringBuilder line = new StringBuilder();
        if (criterion.year() != null) {
            line.append(criterion.year()).append("年 ");
        }
        line.append(criterion.label()).append("：申报 ").append(Wording.orNone(criterion.declared()));
        if (criterion.counted() != null) {
            line.append("，花名册核算 ").append(criterion.counted());
        }
        return line.append("，要求 ").append(Wording.orNone(criterion.required())).toString();
    }
}

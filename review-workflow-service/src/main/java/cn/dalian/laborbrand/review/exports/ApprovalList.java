package cn.dalian.laborbrand.review.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.CaseAction;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.casework.Transition;

/**
 * The leading group office's approval list (核准认定名单) of a campaign: the cases the city bureau passed on for approval
 * and those certified, each with the district's recommendation, the city's re-review and the level, by district.
 */
record ApprovalList(String campaign, String place, LocalDate asOf, List<Entry> entries) {

    static final Set<ReviewStage> LISTED = EnumSet.of(ReviewStage.APPROVAL, ReviewStage.CERTIFIED);

    /**
     * @param eligibleLevels   the levels it may be certified at: those the district selected or recommended
     * @param districtOpinion  the district's decision and its reasons
     * @param cityOpinion      the city bureau's re-review and its reasons
     * @param certifiedLevel   the level certified at, or — while it waits
     */
    record Entry(int number, String district, String brandName, String cityBrandName, String unitName, String requestedLevels,
            String eligibleLevels, String districtOpinion, String cityOpinion, String certifiedLevel, LocalDate certifiedOn,
            String status) {
    }

    ApprovalList {
        entries = List.copyOf(entries);
    }

    static ApprovalList of(String campaign, Optional<String> district, List<ReviewCase> cases,
            Function<ReviewCase, List<Transition>> historyOf, DistrictNames names, LocalDate today) {
        List<ReviewCase> listed = cases.stream().filter(reviewCase -> LISTED.contains(reviewCase.stage()))
                .sorted(Comparator.comparing(ReviewCase::district).thenComparing(ReviewCase::openedAt)).toList();
        List<Entry> entries = new ArrayList<>();
        for (ReviewCase reviewCase : listed) {
            Set<BrandLevel> eligible = reviewCase.noticeLevels();
            entries.add(new Entry(entries.size() + 1, names.nameOf(reviewCase.district()), reviewCase.brandName(),
                    eligible.contains(BrandLevel.CITY) ? reviewCase.cityBrandName() : null, reviewCase.unitName(),
                    Wording.levels(reviewCase.requestedLevels()), Wording.levels(eligible), Wording.opinion(reviewCase.districtDecision()),
                    cityOpinion(historyOf.apply(reviewCase)),
                    reviewCase.certifiedLevel() == null ? Wording.NONE : reviewCase.certifiedLevel().label(), reviewCase.certifiedOn(),
                    reviewCase.stage() == ReviewStage.CERTIFIED ? "已认定" : "待核准认定"));
        }
        return new ApprovalList(campaign, names.placeOf(district), today, entries);
    }

    /** 2022年度劳务品牌核准认定名单 */
    public String title() {
        return campaign + "年度劳务品牌核准认定名单";
    }

    public String subtitle() {
        return place + " · 截至" + ChineseDates.format(asOf);
    }

    String fileName(String extension) {
        return "核准认定名单-" + campaign + "-" + place + "." + extension;
    }

    /** The city bureau's last re-review: 复审通过。意见（2022-12-01） */
    static String cityOpinion(List<Transition> history) {
        return history.stream().filter(step -> step.action() == CaseAction.CITY_APPROVED || step.action() == CaseAction.CITY_REJECTED)
                .reduce((earlier, later) -> later)
                .map(step -> step.action().label() + "。" + (step.comment() == null ? "" : step.comment().strip()) + "（"
                        + Wording.date(step.at()) + "）")
                .orElse(Wording.NONE);
    }
}

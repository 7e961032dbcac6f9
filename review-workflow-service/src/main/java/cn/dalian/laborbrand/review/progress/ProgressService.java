package cn.dalian.laborbrand.review.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.DistrictTally;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.casework.Reviewer;

/** Each district's progress in a campaign against the goal of one district-level brand by the end of November. */
@Service
class ProgressService {

    private final CaseworkService casework;
    private final CampaignTermsService campaigns;
    private final Clock clock;

    ProgressService(CaseworkService casework, CampaignTermsService campaigns, Clock clock) {
        this.casework = casework;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Every district with cases in the campaign (a district reviewer: their own only), by district code, with the goal. */
    @Transactional(readOnly = true)
    CampaignProgress progress(String campaign, Reviewer reviewer) {
        LocalDate dueOn = DistrictGoal.dueOn(campaigns.of(campaign).applicationDeadline());
        LocalDate today = ChineseDates.today(clock);
        Map<String, List<DistrictTally>> byDistrict = casework.tallyByDistrict(campaign).stream()
                .filter(tally -> reviewer.scope().district().map(tally.district()::equals).orElse(true))
                .collect(Collectors.groupingBy(DistrictTally::district, TreeMap::new, Collectors.toList()));
        List<DistrictProgress> districts = byDistrict.entrySet().stream().map(entry -> {
            List<DistrictTally> tallies = entry.getValue();
            int districtLevel = cases(tallies, tally -> tally.stage() == ReviewStage.CERTIFIED && tally.certifiedLevel() != BrandLevel.CITY);
            int cityLevel = cases(tallies, tally -> tally.stage() == ReviewStage.CERTIFIED && tally.certifiedLevel() == BrandLevel.CITY);
            int certified = districtLevel + cityLevel;
            return new DistrictProgress(entry.getKey(), cases(tallies, tally -> true),
                    cases(tallies, tally -> tally.stage() == ReviewStage.DISTRICT_REVIEW || tally.stage() == ReviewStage.SUPPLEMENT_REQUESTED),
                    cases(tallies, tally -> tally.stage() == ReviewStage.PUBLICITY),
                    cases(tallies, tally -> tally.stage() == ReviewStage.CITY_REVIEW || tally.stage() == ReviewStage.APPROVAL),
                    districtLevel, cityLevel, certified, cases(tallies, tally -> tally.stage() == ReviewStage.REJECTED),
                    DistrictGoal.BRANDS_PER_DISTRICT, dueOn, DistrictGoal.standing(certified, dueOn, today));
        }).toList();
        return new CampaignProgress(campaign, DistrictGoal.BRANDS_PER_DISTRICT, dueOn, DistrictGoal.standing(0, dueOn, today), districts);
    }

    private static int cases(List<DistrictTally> tallies, Predicate<DistrictTally> which) {
        return tallies.stream().filter(which).mapToInt(DistrictTally::cases).sum();
    }
}

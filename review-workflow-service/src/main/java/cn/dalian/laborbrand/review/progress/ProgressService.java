package cn.dalian.laborbrand.review.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.DistrictTally;
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
        Map<String, int[]> counts = new TreeMap<>();
        for (DistrictTally tally : casework.tallyByDistrict(campaign)) {
            if (reviewer.scope().district().map(tally.district()::equals).orElse(true)) {
                int[] row = counts.computeIfAbsent(tally.district(), district -> new int[7]);
                row[0] += tally.cases();
                int column = switch (tally.stage()) {
                    case DISTRICT_REVIEW, SUPPLEMENT_REQUESTED -> 1;
                    case PUBLICITY -> 2;
                    case CITY_REVIEW, APPROVAL -> 3;
                    case CERTIFIED -> tally.certifiedLevel() == BrandLevel.CITY ? 5 : 4;
                    case REJECTED -> 6;
                    case WITHDRAWN -> -1;
                };
                if (column > 0) {
                    row[column] += tally.cases();
                }
            }
        }
        List<DistrictProgress> districts = counts.entrySet().stream().map(entry -> {
            int[] row = entry.getValue();
            int certified = row[4] + row[5];
            return new DistrictProgress(entry.getKey(), row[0], row[1], row[2], row[3], row[4], row[5], certified, row[6],
                    DistrictGoal.BRANDS_PER_DISTRICT, dueOn, DistrictGoal.standing(certified, dueOn, today));
        }).toList();
        return new CampaignProgress(campaign, DistrictGoal.BRANDS_PER_DISTRICT, dueOn, DistrictGoal.standing(0, dueOn, today), districts);
    }
}

package cn.dalian.laborbrand.eligibility.criteria;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A campaign with the thresholds of all its criteria at every level. */
public record CampaignCriteria(Campaign campaign, List<Threshold> thresholds) {

    public CampaignCriteria {
        thresholds = thresholds.stream()
                .sorted(Comparator.comparing(Threshold::criterion).thenComparing(Threshold::level))
                .toList();
    }

    public Optional<Threshold> thresholdFor(Criterion criterion, BrandLevel level) {
        return thresholds.stream().filter(t -> t.criterion() == criterion && t.level() == level).findFirst();
    }

    /** The criteria the campaign sets, in the notice's order. */
    public List<Criterion> criteria() {
        return thresholds.stream().map(Threshold::criterion).distinct().toList();
    }
}

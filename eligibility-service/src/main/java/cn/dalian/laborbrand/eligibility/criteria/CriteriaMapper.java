package cn.dalian.laborbrand.eligibility.criteria;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

@Mapper
interface CriteriaMapper {

    @Mapping(target = "declaredYears", expression = "java(campaign.isPublished() ? campaign.declaredYears() : null)")
    @Mapping(target = "ruleSet", expression = "java(campaign.ruleSet())")
    CriteriaView.CampaignView toView(Campaign campaign);

    @Mapping(target = "text", expression = "java(threshold.describe())")
    CriteriaView.ThresholdView toView(Threshold threshold);

    default CriteriaView toView(CampaignCriteria criteria) {
        List<CriteriaView.CriterionView> rows = criteria.criteria().stream()
                .map(criterion -> {
                    Map<BrandLevel, CriteriaView.ThresholdView> levels = new EnumMap<>(BrandLevel.class);
                    for (BrandLevel level : BrandLevel.values()) {
                        criteria.thresholdFor(criterion, level).ifPresent(threshold -> levels.put(level, toView(threshold)));
                    }
                    return new CriteriaView.CriterionView(criterion, criterion.label(), criterion.measure(), levels);
                })
                .toList();
        return new CriteriaView(toView(criteria.campaign()), rows);
    }
}

package cn.dalian.laborbrand.contracts.registry;

import java.math.BigDecimal;
import java.util.List;

/**
 * A brand's entry in the resource library (劳务品牌资源库) as it stands: its industry under 国民经济行业分类
 * (GB/T 4754, section letter and two-digit division), the sector, the guidance catalogue entry it is classified
 * against, and the figures the holder reports each year. Figures unknown yet are null.
 */
public record ResourceProfile(String industrySection, String industryDivision, String sector, String catalogueEntry,
        Integer employmentScale, BigDecimal marketSharePercent, BigDecimal economicBenefitTenThousandYuan, Integer trainingCapacity,
        List<String> regionsServed) {

    public ResourceProfile {
        regionsServed = regionsServed == null ? List.of() : List.copyOf(regionsServed);
    }
}

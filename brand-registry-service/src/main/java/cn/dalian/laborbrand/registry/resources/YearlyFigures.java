package cn.dalian.laborbrand.registry.resources;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the holder reports for a year (年度报告): the brand's figures and a written account.
 *
 * @param marketSharePercent             市场占有率, 0–100
 * @param economicBenefitTenThousandYuan 经济效益, in ten thousand yuan (万元)
 * @param regionsServed                  regions the brand's workers serve (服务地区), e.g. 大连市、沈阳市、北京市
 */
public record YearlyFigures(int employmentScale, BigDecimal marketSharePercent, BigDecimal economicBenefitTenThousandYuan, int trainingCapacity,
        List<String> regionsServed, String narrative) {

    public YearlyFigures {
        regionsServed = regionsServed.stream().map(String::strip).distinct().toList();
        narrative = narrative.strip();
    }
}

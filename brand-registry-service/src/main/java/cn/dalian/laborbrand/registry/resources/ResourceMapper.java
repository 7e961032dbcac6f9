package cn.dalian.laborbrand.registry.resources;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ResourceMapper {

    @Mapping(target = "statusLabel", expression = "java(report.status().label())")
    @Mapping(target = "certificateNumber", source = "holder.certificateNumber")
    @Mapping(target = "brandName", source = "holder.brandName")
    @Mapping(target = "unitName", source = "holder.unitName")
    @Mapping(target = "district", source = "holder.district")
    @Mapping(target = "employmentScale", source = "figures.employmentScale")
    @Mapping(target = "marketSharePercent", source = "figures.marketSharePercent")
    @Mapping(target = "economicBenefitTenThousandYuan", source = "figures.economicBenefitTenThousandYuan")
    @Mapping(target = "trainingCapacity", source = "figures.trainingCapacity")
    @Mapping(target = "regionsServed", source = "figures.regionsServed")
    @Mapping(target = "narrative", source = "figures.narrative")
    YearlyReportView toView(YearlyReport report);

    List<YearlyReportView> toViews(List<YearlyReport> reports);
}

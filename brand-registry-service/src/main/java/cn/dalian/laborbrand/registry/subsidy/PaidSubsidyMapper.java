package cn.dalian.laborbrand.registry.subsidy;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PaidSubsidyMapper {

    @Mapping(target = "levelLabel", expression = "java(paid.certificationLevel().label())")
    @Mapping(target = "amountFen", source = "amount.fen")
    @Mapping(target = "amountText", expression = "java(paid.amount().display())")
    PaidSubsidyView toView(PaidSubsidy paid);
}

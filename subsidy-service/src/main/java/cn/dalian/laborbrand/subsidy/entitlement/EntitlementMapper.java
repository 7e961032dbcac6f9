package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface EntitlementMapper {

    @Mapping(target = "levelLabel", expression = "java(entitlement.level().label())")
    @Mapping(target = "amountFen", source = "amount.fen")
    @Mapping(target = "amountText", expression = "java(entitlement.amount().display())")
    @Mapping(target = "statusLabel", expression = "java(entitlement.status().label())")
    EntitlementView toView(Entitlement entitlement);

    List<EntitlementView> toViews(List<Entitlement> entitlements);
}

package cn.dalian.laborbrand.registry.brand;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.registry.subsidy.PaidSubsidyView;

@Mapper
public interface BrandMapper {

    @Mapping(target = "levelLabel", expression = "java(brand.level().label())")
    @Mapping(target = "statusLabel", expression = "java(brand.status().label())")
    @Mapping(target = "subsidyPaid", expression = "java(!subsidies.isEmpty())")
    BrandView toView(Brand brand, List<PaidSubsidyView> subsidies);

    /** Each brand with the subsidies paid to it (those without any: none). */
    default List<BrandView> toViews(List<Brand> brands, Map<UUID, List<PaidSubsidyView>> subsidies) {
        return brands.stream().map(brand -> toView(brand, subsidies.getOrDefault(brand.id(), List.of()))).toList();
    }

    @Mapping(target = "levelLabel", expression = "java(brand.level().label())")
    PublicBrandView toPublicView(Brand brand);

    List<PublicBrandView> toPublicViews(List<Brand> brands);
}

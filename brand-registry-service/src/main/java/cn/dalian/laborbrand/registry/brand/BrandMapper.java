package cn.dalian.laborbrand.registry.brand;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface BrandMapper {

    @Mapping(target = "levelLabel", expression = "java(brand.level().label())")
    @Mapping(target = "statusLabel", expression = "java(brand.status().label())")
    BrandView toView(Brand brand);

    List<BrandView> toViews(List<Brand> brands);

    @Mapping(target = "levelLabel", expression = "java(brand.level().label())")
    PublicBrandView toPublicView(Brand brand);

    List<PublicBrandView> toPublicViews(List<Brand> brands);
}

package cn.dalian.laborbrand.application.intake;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface IntakeMapper {

    @Mapping(target = "brandName", source = "content.brandName")
    @Mapping(target = "cityBrandName", source = "content.cityBrandName")
    @Mapping(target = "description", source = "content.description")
    @Mapping(target = "requestedLevels", source = "content.requestedLevels")
    @Mapping(target = "declaredYears", source = "content.declaredYears")
    @Mapping(target = "labourPractice", source = "content.labourPractice")
    ApplicationView toView(Application application);

    List<ApplicationView> toViews(List<Application> applications);

    Application.Content toContent(ContentRequest request);
}

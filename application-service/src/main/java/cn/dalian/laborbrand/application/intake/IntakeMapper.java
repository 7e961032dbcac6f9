package cn.dalian.laborbrand.application.intake;

import java.util.List;

import org.mapstruct.Mapper;

@Mapper
interface IntakeMapper {

    ApplicationView toView(Application application);

    List<ApplicationView> toViews(List<Application> applications);
}

package cn.dalian.laborbrand.review.casework;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface CaseMapper {

    @Mapping(target = "stageLabel", expression = "java(reviewCase.stage().label())")
    CaseView toView(ReviewCase reviewCase);

    List<CaseView> toViews(List<ReviewCase> cases);
}

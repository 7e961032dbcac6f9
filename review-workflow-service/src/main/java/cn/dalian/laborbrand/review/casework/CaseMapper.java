package cn.dalian.laborbrand.review.casework;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.review.precheck.Precheck;

@Mapper
interface CaseMapper {

    @Mapping(target = "stageLabel", expression = "java(reviewCase.stage().label())")
    CaseView toView(ReviewCase reviewCase);

    List<CaseView> toViews(List<ReviewCase> cases);

    @Mapping(target = "stageLabel", expression = "java(reviewCase.stage().label())")
    @Mapping(target = "id", source = "reviewCase.id")
    CaseDetailView toDetail(ReviewCase reviewCase, Precheck precheck);

    @Mapping(target = "actionLabel", expression = "java(transition.action().label())")
    TransitionView toView(Transition transition);

    List<TransitionView> toTransitionViews(List<Transition> transitions);

    @Mapping(target = "stageLabel", expression = "java(reviewCase.stage().label())")
    @Mapping(target = "history", source = "history")
    ProgressView toProgress(ReviewCase reviewCase, List<Transition> history);
}

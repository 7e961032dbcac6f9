package cn.dalian.laborbrand.review.casework;

import java.util.List;
import java.util.Map;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.review.precheck.Precheck;

@Mapper
interface CaseMapper {

    @Mapping(target = "id", source = "reviewCase.id")
    @Mapping(target = "stageLabel", expression = "java(reviewCase.stage().label())")
    @Mapping(target = "assignee", source = "assignment.assignee")
    CaseView toView(ReviewCase reviewCase, Assignment assignment, StageClock clock);

    default List<CaseView> toViews(List<QueuedCase> queued, Map<java.util.UUID, StageClock> clocks) {
        return queued.stream().map(one -> toView(one.reviewCase(), one.assignment(), clocks.get(one.reviewCase().id()))).toList();
    }

    @Mapping(target = "stageLabel", expression = "java(reviewCase.stage().label())")
    @Mapping(target = "id", source = "reviewCase.id")
    @Mapping(target = "assignee", source = "assignment.assignee")
    CaseDetailView toDetail(ReviewCase reviewCase, Precheck precheck, Assignment assignment, StageClock clock);

    @Mapping(target = "actionLabel", expression = "java(transition.action().label())")
    TransitionView toView(Transition transition);

    List<TransitionView> toTransitionViews(List<Transition> transitions);

    @Mapping(target = "stageLabel", expression = "java(reviewCase.stage().label())")
    @Mapping(target = "history", source = "history")
    ProgressView toProgress(ReviewCase reviewCase, List<Transition> history);
}

package cn.dalian.laborbrand.review.inspection;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface InspectionMapper {

    @Mapping(target = "caseId", source = "reviewCase.id")
    @Mapping(target = "applicationId", source = "reviewCase.applicationId")
    @Mapping(target = "status", expression = "java(shown.record().status())")
    @Mapping(target = "statusLabel", expression = "java(shown.record().status().label())")
    @Mapping(target = "version", source = "record.version")
    @Mapping(target = "earliestInspectedOn", expression = "java(InspectionService.openedOn(shown.reviewCase()))")
    @Mapping(target = "inspectedOn", source = "record.inspectedOn")
    @Mapping(target = "inspectors", source = "record.inspectors")
    @Mapping(target = "criteriaPending", source = "checklist.criteriaPending")
    @Mapping(target = "items", expression = "java(toItemViews(shown.record().itemsAgainst(shown.checklist())))")
    @Mapping(target = "attachments", source = "record.attachments")
    @Mapping(target = "conclusion", source = "record.conclusion")
    @Mapping(target = "savedBy", source = "record.savedBy")
    @Mapping(target = "savedAt", source = "record.savedAt")
    InspectionView toView(InspectionService.Shown shown);

    @Mapping(target = "key", source = "item.key")
    @Mapping(target = "source", source = "item.source")
    @Mapping(target = "code", source = "item.code")
    @Mapping(target = "label", source = "item.label")
    @Mapping(target = "toVerify", source = "item.toVerify")
    @Mapping(target = "findingLabel", expression = "java(checked.finding() == null ? null : checked.finding().label())")
    InspectionView.ItemView toItemView(CheckedItem checked);

    List<InspectionView.ItemView> toItemViews(List<CheckedItem> items);

    @Mapping(target = "label", expression = "java(conclusion.label())")
    InspectionView.ConclusionView toConclusionView(Conclusion conclusion);
}

package cn.dalian.laborbrand.review.objection;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.platform.privacy.Masks;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ObjectionStatusView;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ObjectionSummary;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ObjectionView;

@Mapper
interface ObjectionMapper {

    @Mapping(target = "objectorName", expression = "java(maskedName(objection))")
    @Mapping(target = "contact", expression = "java(objection.objector().contact().masked())")
    @Mapping(target = "contactKind", source = "objection.objector.contact.kind")
    @Mapping(target = "statusLabel", expression = "java(objection.status().label())")
    @Mapping(target = "outcomeLabel", expression = "java(outcomeLabel(objection))")
    ObjectionView toView(Objection objection, List<InvestigationNote> notes);

    @Mapping(target = "objectorName", expression = "java(maskedName(objection))")
    @Mapping(target = "statusLabel", expression = "java(objection.status().label())")
    @Mapping(target = "outcomeLabel", expression = "java(outcomeLabel(objection))")
    ObjectionSummary toSummary(Objection objection);

    List<ObjectionSummary> toSummaries(List<Objection> objections);

    @Mapping(target = "statusLabel", expression = "java(objection.status().label())")
    @Mapping(target = "outcomeLabel", expression = "java(outcomeLabel(objection))")
    ObjectionStatusView toStatus(Objection objection);

    default String maskedName(Objection objection) {
        return Masks.personName(objection.objector().name());
    }

    default String outcomeLabel(Objection objection) {
        return objection.outcome() == null ? null : objection.outcome().label();
    }
}

package cn.dalian.laborbrand.eligibility.assessment;

import java.time.Instant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;

@Mapper
interface AssessmentMapper {

    @Mapping(target = "years", source = "declaredYears")
    @Mapping(target = "practice", source = "labourPractice")
    DeclaredFigures toFigures(ApplicationSubmitted submitted);

    @Mapping(target = "years", source = "declaredYears")
    @Mapping(target = "practice", source = "labourPractice")
    DeclaredFigures toFigures(PreviewRequest request);

    /** The roster's counts as the criteria read them (its id, file hash and rows left out stay with application-service); null stays null. */
    RosterFigures toRoster(ApplicationSubmitted.RosterSummary roster);

    RosterFigures.Year toRoster(ApplicationSubmitted.RosterYear year);

    EligibilityAssessed.RiskFlag toResult(Assessment.RiskFlag flag);

    @Mapping(target = "applicationId", source = "submitted.applicationId")
    @Mapping(target = "campaign", source = "submitted.campaign")
    @Mapping(target = "orgId", source = "submitted.orgId")
    @Mapping(target = "district", source = "submitted.district")
    @Mapping(target = "ruleSet", source = "assessment.ruleSet")
    @Mapping(target = "levels", source = "assessment.levels")
    @Mapping(target = "levelsMet", expression = "java(assessment.levelsMet())")
    @Mapping(target = "riskFlags", source = "assessment.riskFlags")
    @Mapping(target = "assessedAt", source = "at")
    @Mapping(target = "basis", source = "assessment.basis")
    EligibilityAssessed toEvent(ApplicationSubmitted submitted, Assessment assessment, Instant at);

    @Mapping(target = "met", expression = "java(level.met())")
    EligibilityAssessed.LevelResult toResult(Assessment.LevelOutcome level);

    @Mapping(target = "label", expression = "java(outcome.label())")
    EligibilityAssessed.CriterionResult toResult(Assessment.CriterionOutcome outcome);
}

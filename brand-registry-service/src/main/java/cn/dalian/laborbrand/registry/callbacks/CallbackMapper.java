package cn.dalian.laborbrand.registry.callbacks;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface CallbackMapper {

    @Mapping(target = "year", source = "rosterYear")
    @Mapping(target = "reach", source = "outcome.reach")
    @Mapping(target = "reachLabel", expression = "java(call.outcome() == null ? null : call.outcome().reach().label())")
    @Mapping(target = "employment", source = "outcome.employment")
    @Mapping(target = "employmentLabel",
            expression = "java(call.outcome() == null || call.outcome().employment() == null ? null : call.outcome().employment().label())")
    @Mapping(target = "complaint", expression = "java(call.outcome() == null ? null : call.outcome().complaint())")
    CallbackViews.Call toView(CallRecord call);

    List<CallbackViews.Call> toViews(List<CallRecord> calls);

    default CallbackViews.QuarterSummary toSummary(SampleRecord sample) {
        CallbackSummary summary = sample.summary();
        return new CallbackViews.QuarterSummary(sample.quarter().toString(), summary.sampled(), summary.pending(), summary.reached(),
                summary.unreachable(), summary.employmentConfirmed(), summary.employmentNotConfirmed(), summary.complaints(),
                summary.reachRate().orElse(null), summary.confirmationRate().orElse(null), summary.complaintRate().orElse(null),
                sample.drawnBy(), sample.drawnAt());
    }

    List<CallbackViews.QuarterSummary> toSummaries(List<SampleRecord> samples);

    default CallbackViews.CallList toCallList(SampleRecord sample) {
        return new CallbackViews.CallList(sample.brandId(), sample.quarter().toString(), sample.seed(), sample.size(), sample.rosterSize(),
                sample.sampleMaximum(), sample.sampleShare(), sample.drawnBy(), sample.drawnAt(), toSummary(sample), toViews(sample.calls()));
    }
}

package cn.dalian.laborbrand.registry.callbacks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A quarter's sample as stored: how it was drawn (seed, size rule, roster size), by whom, and its call list. */
record SampleRecord(UUID id, UUID brandId, SamplingQuarter quarter, String seed, int size, int sampleMaximum, BigDecimal sampleShare,
        int rosterSize, String drawnBy, Instant drawnAt, List<CallRecord> calls) {

    SampleRecord {
        calls = List.copyOf(calls);
    }

    CallbackSummary summary() {
        List<WorkerRecord> workers = calls.stream().map(CallRecord::worker).toList();
        Map<Stratum, Integer> allocation = workers.stream().collect(Collectors.groupingBy(WorkerRecord::stratum,
                Collectors.collectingAndThen(Collectors.counting(), Long::intValue)));
        CallbackSample sample = new CallbackSample(brandId, quarter, seed, allocation, workers);
        return CallbackSummary.of(sample, calls.stream().filter(call -> call.outcome() != null).map(CallRecord::outcome).toList());
    }
}

package cn.dalian.laborbrand.registry.callbacks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A quarter's call-back sample of one brand: the seed it was drawn from, how many per stratum, the workers to call. */
public record CallbackSample(UUID brandId, SamplingQuarter quarter, String seed, Map<Stratum, Integer> allocation, List<WorkerRecord> workers) {

    public CallbackSample {
        allocation = Map.copyOf(allocation);
        workers = List.copyOf(workers);
    }

    public boolean contains(String workerId) {
        return workers.stream().anyMatch(worker -> worker.workerId().equals(workerId));
    }
}

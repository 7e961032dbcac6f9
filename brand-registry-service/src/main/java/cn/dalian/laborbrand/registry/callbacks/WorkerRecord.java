package cn.dalian.laborbrand.registry.callbacks;

/**
 * One worker of a brand's roster as sampling sees it: an opaque id (no name, no phone: those are revealed one at a
 * time on the call list), the roster year and the employer. One record per worker.
 */
public record WorkerRecord(String workerId, int year, String employer) {

    /** The stratum the worker is drawn from. */
    public Stratum stratum() {
        return new Stratum(year, employer);
    }
}

package cn.dalian.laborbrand.registry.callbacks;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The quarter a call-back round belongs to (2026 Q3 = 2026年第三季度). */
public record SamplingQuarter(int year, int quarter) {

    public SamplingQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new PlatformException(CallbackProblem.QUARTER_INVALID);
        }
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}

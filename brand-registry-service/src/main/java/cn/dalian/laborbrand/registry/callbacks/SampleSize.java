package cn.dalian.laborbrand.registry.callbacks;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * How many workers a quarter's call-backs reach: a share of the roster, rounded up, at most {@code maximum}
 * (e.g. 5 % and 30: min(30, ⌈5 % of the workers⌉)). Campaign data, set by the city, not a constant.
 */
public record SampleSize(int maximum, BigDecimal share) {

    public SampleSize {
        if (maximum < 1 || share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new PlatformException(CallbackProblem.SAMPLE_SIZE_INVALID);
        }
    }

    /** The sample size for a roster of {@code workers}: never more than the roster, at least one when there is anyone. */
    public int of(int workers) {
        int byShare = share.multiply(BigDecimal.valueOf(workers)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.min(workers, Math.min(maximum, byShare));
    }
}

package cn.dalian.laborbrand.eligibility.criteria;

import java.math.BigDecimal;
import java.util.Objects;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * One criterion's bar at one level, as the campaign sets it.
 *
 * @param value a head count or a rate as a fraction (0.80 = 80 %); null when the criterion is REQUIRED
 */
public record Threshold(Criterion criterion, BrandLevel level, Comparison comparison, BigDecimal value) {

    public Threshold {
        Objects.requireNonNull(criterion);
        Objects.requireNonNull(level);
        Objects.requireNonNull(comparison);
        if ((comparison == Comparison.REQUIRED) != (value == null)) {
            throw new IllegalArgumentException(criterion + ": a required condition has no figure, every other criterion has one");
        }
    }

    /**
     * Whether a figure clears the bar: a head count, or a rate as a fraction (0.80 = 80 %). A required
     * condition has no figure; ask {@link #isRequired()} and judge the fact instead.
     */
    public boolean isMetBy(BigDecimal figure) {
        return switch (comparison) {
            case AT_LEAST -> figure.compareTo(value) >= 0;
            case GREATER_THAN -> figure.compareTo(value) > 0;
            case REQUIRED -> throw new IllegalStateException(criterion + " is a condition, not a figure");
        };
    }

    public boolean isRequired() {
        return comparison == Comparison.REQUIRED;
    }

    /** The bar as a reviewer reads it, e.g. "≥ 500 人", "> 80%", "须具备". */
    public String describe() {
        if (comparison == Comparison.REQUIRED) {
            return "须具备";
        }
        String sign = comparison == Comparison.AT_LEAST ? "≥ " : "> ";
        return switch (criterion.measure()) {
            case PEOPLE -> sign + value.stripTrailingZeros().toPlainString() + " 人";
            case RATE -> sign + value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case FACT -> throw new IllegalStateException(criterion + " is a fact and takes no figure");
        };
    }
}

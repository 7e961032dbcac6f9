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

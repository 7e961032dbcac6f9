package cn.dalian.laborbrand.registry.callbacks;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The quarter a call-back round belongs to (2026 Q3 = 2026年第三季度). */
public record SamplingQuarter(int year, int quarter) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public SamplingQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new PlatformException(CallbackProblem.QUARTER_INVALID);
        }
    }

    /** The quarter written as {@code 2026-Q4}; anything else is refused. */
    public static SamplingQuarter parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new PlatformException(CallbackProblem.QUARTER_MALFORMED).with("quarter", String.valueOf(text));
        }
        return new SamplingQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarter a day falls in. */
    public static SamplingQuarter of(LocalDate day) {
        return new SamplingQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /**
     * Whether a round may be drawn for this quarter on {@code today} for a brand certified on {@code certifiedOn}: not a
     * quarter still to come, nor one that ended before the brand was certified.
     */
    public void requireDrawable(LocalDate today, LocalDate certifiedOn) {
        if (firstDay().isAfter(today)) {
            throw new PlatformException(CallbackProblem.QUARTER_IN_FUTURE).with("quarter", toString());
        }
        if (lastDay().isBefore(certifiedOn)) {
            throw new PlatformException(CallbackProblem.QUARTER_BEFORE_CERTIFICATION).with("quarter", toString());
        }
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}

package cn.dalian.laborbrand.review.progress;

import java.time.LocalDate;
import java.time.Month;

/**
 * The oversight goal of 工作进程 item 6: each district creates at least one district-level brand by the end of November
 * of the campaign's year. A brand certified at city level was approved at district level first (the leading group
 * selects city-level brands among the district-level ones), so it counts too.
 */
public final class DistrictGoal {

    /** At least one brand per district. */
    public static final int BRANDS_PER_DISTRICT = 1;

    /** How long before the goal's day a district without a brand is shown at risk. */
    public static final int WARNING_DAYS = 7;

    /** Where a district stands against the goal. */
    public enum Standing {
        MET, OPEN, AT_RISK, MISSED
    }

    private DistrictGoal() {
    }

    /** The goal's day: the last day of November of the year the campaign takes applications. */
    public static LocalDate dueOn(LocalDate applicationDeadline) {
        return LocalDate.of(applicationDeadline.getYear(), Month.NOVEMBER, 30);
    }

    public static Standing standing(int certified, LocalDate dueOn, LocalDate today) {
        if (certified >= BRANDS_PER_DISTRICT) {
            return Standing.MET;
        }
        if (today.isAfter(dueOn)) {
            return Standing.MISSED;
        }
        return today.plusDays(WARNING_DAYS).isBefore(dueOn) ? Standing.OPEN : Standing.AT_RISK;
    }
}

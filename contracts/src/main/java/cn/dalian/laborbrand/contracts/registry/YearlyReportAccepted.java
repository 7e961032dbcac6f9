package cn.dalian.laborbrand.contracts.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * The district accepted a brand's yearly report (年度报告): the year's resource-library figures and the year's
 * worker counts under the counting rules, taken from the roster import.
 */
public record YearlyReportAccepted(UUID brandId, String certificateNumber, String orgId, String district, String brandName, int year,
        ResourceProfile profile, RosterCounts roster, String acceptedBy, Instant acceptedAt) {

    /** The year's counts as the roster import tallied them; null when the report carried no roster. */
    public record RosterCounts(int listed, int trained, int employed) {
    }
}

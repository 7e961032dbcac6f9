package cn.dalian.laborbrand.registry.resources;

import java.util.Optional;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;

/**
 * Port to the intake service's roster: a year's worker counts (listed, trained, employed under the counting rules) for the
 * application a brand was certified on. Empty when no roster import covers the year.
 */
public interface YearlyRosterCounts {

    Optional<RosterCounts> of(UUID applicationId, int year);
}

package cn.dalian.laborbrand.registry.resources;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;

/**
 * The roster counts the application carried (RosterSummary.years of ApplicationSubmitted / ApplicationResubmitted): they
 * cover the application's declared years only, so a later year has none until a yearly roster import is connected here.
 */
@Component
class ApplicationRosterCounts implements YearlyRosterCounts {

    private final ApplicationFactsRepository applications;

    ApplicationRosterCounts(ApplicationFactsRepository applications) {
        this.applications = applications;
    }

    @Override
    public Optional<RosterCounts> of(UUID applicationId, int year) {
        return applications.find(applicationId).flatMap(facts -> facts.rosterCounts(year));
    }
}

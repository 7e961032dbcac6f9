package cn.dalian.laborbrand.application.intake;

import java.util.Optional;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterSummary;

/** The roster's counts that travel with a handed-in application; the roster feature answers it. */
public interface SubmittedRoster {

    /** The counts of the application's current roster, with the workers others count too as of now; empty without a roster. */
    Optional<RosterSummary> summaryOf(Application application);
}

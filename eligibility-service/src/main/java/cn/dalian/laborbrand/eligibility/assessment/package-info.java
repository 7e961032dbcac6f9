/**
 * Assessment: a submitted application checked against its campaign's criteria, criterion by criterion and
 * year by year, on its worker roster's counts when it brought its roster (each declared figure held against the
 * counted one), with its risk flags, and checked again when the unit resubmits it after a supplement request.
 * Owns the {@code assessment} table; consumes {@code ApplicationSubmitted} and {@code ApplicationResubmitted},
 * publishes {@code EligibilityAssessed}.
 */
@ApplicationModule(displayName = "预审 assessment")
package cn.dalian.laborbrand.eligibility.assessment;

import org.springframework.modulith.ApplicationModule;

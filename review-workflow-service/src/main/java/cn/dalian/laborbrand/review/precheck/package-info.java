/**
 * Pre-check: the eligibility assessment of each application as its reviewers see it, and whether a risk
 * flag blocks selection. Owns the {@code case_assessment} table; consumes {@code EligibilityAssessed}.
 */
@ApplicationModule(displayName = "预审结果 precheck")
package cn.dalian.laborbrand.review.precheck;

import org.springframework.modulith.ApplicationModule;

/**
 * Casework: the review case of each submitted application and its stages (district review, notice, city
 * re-review, approval) with the history of every step. Owns the {@code review_case} and {@code case_transition}
 * tables; consumes {@code ApplicationSubmitted}, publishes {@code DistrictDecisionMade} and {@code BrandCertified}.
 */
@ApplicationModule(displayName = "评审案件 casework")
package cn.dalian.laborbrand.review.casework;

import org.springframework.modulith.ApplicationModule;

/**
 * Criteria: each campaign's thresholds per level and the version of its criteria, as campaign data, with the
 * campaign's title and declared years as application-service last published them (CampaignPublished). Owns the
 * {@code campaign} and {@code criterion_threshold} tables; other features read them through {@link CriteriaService}.
 */
@ApplicationModule(displayName = "认定标准 criteria")
package cn.dalian.laborbrand.eligibility.criteria;

import org.springframework.modulith.ApplicationModule;

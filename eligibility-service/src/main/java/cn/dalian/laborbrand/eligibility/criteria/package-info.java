/**
 * Criteria: each campaign's dates, declared years and thresholds per level, as campaign data. Owns the
 * {@code campaign} and {@code criterion_threshold} tables; other features read them through {@link CriteriaService}.
 */
@ApplicationModule(displayName = "认定标准 criteria")
package cn.dalian.laborbrand.eligibility.criteria;

import org.springframework.modulith.ApplicationModule;

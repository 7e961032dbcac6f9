/**
 * Subsidy: the one-time subsidies (一次性奖补) paid to a brand's unit, as subsidy-service reports them
 * ({@code SubsidyDisbursed}), so that the brand shows 「奖补已拨付」. Owns {@code paid_subsidy}; the brand's views read it
 * through {@link PaidSubsidies}. Depends on no other feature: a payment heard of before its brand is kept until the brand
 * is registered.
 */
@ApplicationModule(displayName = "奖补拨付 subsidy")
package cn.dalian.laborbrand.registry.subsidy;

import org.springframework.modulith.ApplicationModule;

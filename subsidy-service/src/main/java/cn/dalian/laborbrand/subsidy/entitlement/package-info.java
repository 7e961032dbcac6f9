/**
 * Entitlement: the one-time subsidy a certification brings, once per brand and level, in the campaign's
 * amounts. Owns the {@code entitlement} table; consumes {@code BrandCertified}, publishes
 * {@code SubsidyEntitlementCreated}.
 */
@ApplicationModule(displayName = "补贴资格 entitlement")
package cn.dalian.laborbrand.subsidy.entitlement;

import org.springframework.modulith.ApplicationModule;

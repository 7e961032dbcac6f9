/**
 * Resources: each brand's entry in the resource library (劳务品牌资源库): its industry and catalogue classification and
 * its figures, filled at registration from the application (read model of {@code ApplicationSubmitted} /
 * {@code ApplicationResubmitted}), then from the yearly reports (年度报告) the holder submits and the district accepts,
 * history kept per year. Owns {@code resource_entry}, {@code yearly_report}, {@code application_facts},
 * {@code application_year}; publishes {@code BrandProfileUpdated} and {@code YearlyReportAccepted}.
 */
@ApplicationModule(displayName = "资源库 resources")
package cn.dalian.laborbrand.registry.resources;

import org.springframework.modulith.ApplicationModule;

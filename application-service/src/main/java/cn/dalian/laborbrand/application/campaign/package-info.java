/**
 * Campaigns (申报批次) as data: declared years, the application window, the forwarding deadline and the notice
 * length, kept by operators and published to every other service as {@code CampaignPublished}. Owns the
 * {@code campaign} table. Thresholds belong to eligibility-service and subsidy amounts to subsidy-service.
 */
@ApplicationModule(displayName = "申报批次 campaign")
package cn.dalian.laborbrand.application.campaign;

import org.springframework.modulith.ApplicationModule;

/**
 * Campaign: the campaigns as application-service publishes them (read model of {@code CampaignPublished}), for the
 * notice length and the deadlines. Owns the {@code campaign} table; writes nothing of its own into it.
 */
@ApplicationModule(displayName = "申报批次 campaign")
package cn.dalian.laborbrand.review.campaign;

import org.springframework.modulith.ApplicationModule;

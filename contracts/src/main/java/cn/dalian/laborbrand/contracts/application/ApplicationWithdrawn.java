package cn.dalian.laborbrand.contracts.application;

import java.time.Instant;
import java.util.UUID;

/** The unit withdrew its application before the district decided (撤回申报). Subject: the application id. */
public record ApplicationWithdrawn(UUID applicationId, String campaign, String orgId, String district, String reason,
        String withdrawnBy, Instant withdrawnAt) {
}

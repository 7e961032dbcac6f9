package cn.dalian.laborbrand.application.intake;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * An applicant unit's application for a labour brand. It belongs to one organisation for its whole
 * life and is reviewed by the HR bureau of the district the unit is registered in.
 */
public record Application(UUID id, String campaign, String orgId, String district, String brandName, UnitType unitType,
        Set<BrandLevel> requestedLevels, ApplicationStatus status, String createdBy, Instant createdAt,
        Instant updatedAt, int version) {

    public Application {
        Objects.requireNonNull(id);
        Objects.requireNonNull(campaign);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(district);
        Objects.requireNonNull(brandName);
        Objects.requireNonNull(unitType);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
        if (requestedLevels.isEmpty()) {
            throw new IllegalArgumentException("an application asks for at least one level");
        }
        requestedLevels = Set.copyOf(EnumSet.copyOf(requestedLevels));
    }

    /** A new draft for the unit's own organisation and district, in the current campaign. */
    public static Application draft(UUID id, String campaign, Applicant applicant, String brandName, UnitType unitType,
            Set<BrandLevel> requestedLevels, Instant now) {
        return new Application(id, campaign, applicant.orgId(), applicant.district(), brandName.strip(), unitType,
                requestedLevels, ApplicationStatus.DRAFT, applicant.username(), now, now, 0);
    }

    /** An application is visible to its own organisation only. */
    public boolean belongsTo(String organisation) {
        return orgId.equals(organisation);
    }
}

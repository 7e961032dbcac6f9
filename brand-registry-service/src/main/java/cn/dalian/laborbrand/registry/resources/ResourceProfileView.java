package cn.dalian.laborbrand.registry.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.registry.ResourceProfile;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

/**
 * A brand's resource-library entry with the names of its classification, what its application said of the unit, the years
 * the holder may still report ({@code openYears}) and the yearly reports, newest year first.
 */
public record ResourceProfileView(UUID brandId, String certificateNumber, String brandName, String unitName, String district, BrandLevel level,
        String levelLabel, BrandStatus status, String statusLabel, LocalDate certifiedOn, ResourceProfile profile, String industrySectionName,
        String industryDivisionName, String catalogueEntryName, Integer figuresYear, boolean filledFromApplication, UnitType unitType,
        String unitTypeLabel, String description, String updatedBy, Instant updatedAt, List<Integer> openYears, List<YearlyReportView> reports) {
}

package cn.dalian.laborbrand.contracts.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/**
 * The leading group office recorded the province's certification of a city-level brand (省级劳务品牌): decision
 * reference (文号), date and the SHA-256 of the stored decision document. {@code level} is always PROVINCIAL.
 */
public record ProvincialCertificationRecorded(UUID brandId, UUID applicationId, String campaign, String certificateNumber, String orgId,
        String unitName, String district, String brandName, CertificationLevel level, String decisionReference, LocalDate decidedOn,
        String documentSha256, String recordedBy, Instant recordedAt) {
}

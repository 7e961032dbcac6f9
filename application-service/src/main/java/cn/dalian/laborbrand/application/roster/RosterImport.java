package cn.dalian.laborbrand.application.roster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;

/**
 * One import of an application's roster: the file it came from, how many rows it took and refused, and each year's
 * counts under the counting rules.
 *
 * @param materialFileId the file as the application's ROSTER material (its download)
 * @param fileFormat {@code CSV} or {@code XLSX}
 */
public record RosterImport(UUID id, UUID applicationId, UUID materialFileId, String fileLabel, String fileFormat, String fileSha256, long fileSize, int rowsTaken,
        int rowsRefused, List<RosterYear> years, boolean organisedOutput, boolean outOfProvinceOutput, String importedBy, Instant importedAt) {
}

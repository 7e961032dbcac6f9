package cn.dalian.laborbrand.registry.resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;

/** A yearly report as the holder and the district see it; {@code roster} is absent when no roster covers the year. */
public record YearlyReportView(UUID brandId, int year, ReportStatus status, String statusLabel, int round, String certificateNumber,
        String brandName, String unitName, String district, int employmentScale, BigDecimal marketSharePercent,
        BigDecimal economicBenefitTenThousandYuan, int trainingCapacity, List<String> regionsServed, String narrative, RosterCounts roster,
        String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewNote) {
}

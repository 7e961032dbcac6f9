package cn.dalian.laborbrand.registry.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

/**
 * A brand's yearly report (年度报告) for one finished year: the holder's figures, the year's roster counts, and the
 * district's review. One per brand and year: a returned report is resubmitted as the next round of the same year.
 *
 * @param holder the brand as it stood at submission (the district's worklist shows it and is scoped by it)
 * @param roster the year's worker counts from the intake service's roster; null when no roster covers the year
 */
public record YearlyReport(UUID brandId, int year, ReportStatus status, int round, Holder holder, YearlyFigures figures, RosterCounts roster,
        String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewNote) {

    /** The years a brand certified on the day may report on the day: from its certification year to last year. */
    public static List<Integer> reportableYears(LocalDate certifiedOn, LocalDate today) {
        return IntStream.range(certifiedOn.getYear(), today.getYear()).boxed().toList();
    }

    /**
     * The holder submits the year's report: only for a finished year (not the current one, not a future one), not before the
     * year of certification, not by an exited brand, and once per year unless the district returned it.
     */
    public static YearlyReport submit(Brand brand, int year, LocalDate today, Optional<YearlyReport> earlier, YearlyFigures figures,
            Optional<RosterCounts> roster, String by, Instant at) {
        if (brand.status() == BrandStatus.EXITED) {
            throw new PlatformException(ResourceProblem.BRAND_EXITED);
        }
        if (year >= today.getYear()) {
            throw new PlatformException(ResourceProblem.YEAR_NOT_FINISHED,
                    year + " 年度尚未结束，不能报告；最近可报告的年度为 " + (today.getYear() - 1) + " 年。").with("year", year);
        }
        if (year < brand.certifiedOn().getYear()) {
            throw new PlatformException(ResourceProblem.YEAR_BEFORE_CERTIFICATION,
                    "该品牌于 " + brand.certifiedOn().getYear() + " 年认定，不能报告 " + year + " 年度。").with("year", year);
        }
        if (earlier.isPresent() && earlier.get().status() != ReportStatus.RETURNED) {
            throw new PlatformException(ResourceProblem.YEAR_ALREADY_REPORTED,
                    year + " 年度的年度报告已" + (earlier.get().status() == ReportStatus.ACCEPTED ? "通过审核" : "提交，正在审核") + "，不能重复提交。")
                    .with("year", year);
        }
        return new YearlyReport(brand.id(), year, ReportStatus.SUBMITTED, earlier.map(report -> report.round() + 1).orElse(1), Holder.of(brand),
                figures, roster.orElse(null), by, at, null, null, null);
    }

    /** The district accepts the report or returns it with a note saying what to change; only a report awaiting review. */
    public YearlyReport review(ReviewOutcome outcome, String note, String by, Instant at) {
        if (status != ReportStatus.SUBMITTED) {
            throw new PlatformException(ResourceProblem.REPORT_NOT_UNDER_REVIEW);
        }
        String written = note == null || note.isBlank() ? null : note.strip();
        if (outcome == ReviewOutcome.RETURN && written == null) {
            throw new PlatformException(ResourceProblem.RETURN_NEEDS_NOTE);
        }
        ReportStatus next = outcome == ReviewOutcome.ACCEPT ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        return new YearlyReport(brandId, year, next, round, holder, figures, roster, submittedBy, submittedAt, by, at, written);
    }

    /** The brand a report belongs to, as it stood at submission. */
    public record Holder(String certificateNumber, String brandName, String unitName, String orgId, String district) {

        static Holder of(Brand brand) {
            return new Holder(brand.certificateNumber(), brand.brandName(), brand.unitName(), brand.orgId(), brand.district());
        }
    }
}

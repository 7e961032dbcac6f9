package cn.dalian.laborbrand.registry.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

class YearlyReportTest {

    private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 10);
    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
    private static final Brand JINGANG = brand(BrandStatus.ACTIVE);
    private static final YearlyFigures FIGURES = new YearlyFigures(1320, new BigDecimal("12.5"), new BigDecimal("3860.00"), 1500,
            List.of(" 大连市", "沈阳市", "大连市"), " 2024 年新增母婴护理培训班 12 期。 ");

    @Test
    void aBrandReportsFromItsCertificationYearUpToLastYear() {
        assertThat(YearlyReport.reportableYears(LocalDate.of(2022, 12, 20), IN_2025)).containsExactly(2022, 2023, 2024);
        assertThat(YearlyReport.reportableYears(LocalDate.of(2025, 1, 5), IN_2025)).isEmpty();
    }

    @Test
    void aFinishedYearIsSubmittedWithItsRosterCountsAndAwaitsTheDistrict() {
        YearlyReport report = YearlyReport.submit(JINGANG, 2024, IN_2025, Optional.empty(), FIGURES,
                Optional.of(new RosterCounts(1400, 1310, 1250)), "applicant-a", NOW);

        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.round()).isEqualTo(1);
        assertThat(report.roster()).isEqualTo(new RosterCounts(1400, 1310, 1250));
        assertThat(report.holder().district()).isEqualTo("210211");
        assertThat(report.figures().regionsServed()).containsExactly("大连市", "沈阳市");
        assertThat(report.figures().narrative()).isEqualTo("2024 年新增母婴护理培训班 12 期。");
    }

    @Test
    void theCurrentYearAndFutureYearsAreNotFinishedYet() {
        assertRefused(() -> submit(2025, Optional.empty()), ResourceProblem.YEAR_NOT_FINISHED);
        assertRefused(() -> submit(2026, Optional.empty()), ResourceProblem.YEAR_NOT_FINISHED);
    }

    @Test
    void aYearBeforeTheCertificationYearIsRefused() {
        assertRefused(() -> submit(2021, Optional.empty()), ResourceProblem.YEAR_BEFORE_CERTIFICATION);
    }

    @Test
    void aYearSubmittedOrAcceptedAlreadyIsReportedOnlyOnce() {
        YearlyReport submitted = submit(2023, Optional.empty());
        YearlyReport accepted = submitted.review(ReviewOutcome.ACCEPT, null, "reviewer-ganjingzi", NOW);

        assertRefused(() -> submit(2023, Optional.of(submitted)), ResourceProblem.YEAR_ALREADY_REPORTED);
        assertRefused(() -> submit(2023, Optional.of(accepted)), ResourceProblem.YEAR_ALREADY_REPORTED);
    }

    @Test
    void aReturnedYearIsResubmittedAsTheNextRound() {
        YearlyReport returned = submit(2023, Optional.empty()).review(ReviewOutcome.RETURN, "经济效益与财务报表不一致，请核对。", "reviewer-ganjingzi", NOW);

        YearlyReport again = submit(2023, Optional.of(returned));

        assertThat(again.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.reviewNote()).isNull();
    }

    @Test
    void anExitedBrandReportsNoMore() {
        assertRefused(() -> YearlyReport.submit(brand(BrandStatus.EXITED), 2023, IN_2025, Optional.empty(), FIGURES, Optional.empty(), "applicant-a",
                NOW), ResourceProblem.BRAND_EXITED);
    }

    @Test
    void theDistrictReturnsAReportOnlyWithANoteAndDecidesOnlyOnce() {
        YearlyReport submitted = submit(2024, Optional.empty());

        assertRefused(() -> submitted.review(ReviewOutcome.RETURN, "  ", "reviewer-ganjingzi", NOW), ResourceProblem.RETURN_NEEDS_NOTE);
        YearlyReport accepted = submitted.review(ReviewOutcome.ACCEPT, null, "reviewer-ganjingzi", NOW);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.reviewedBy()).isEqualTo("reviewer-ganjingzi");
        assertRefused(() -> accepted.review(ReviewOutcome.RETURN, "重新核对", "reviewer-ganjingzi", NOW), ResourceProblem.REPORT_NOT_UNDER_REVIEW);
    }

    private static YearlyReport submit(int year, Optional<YearlyReport> earlier) {
        return YearlyReport.submit(JINGANG, year, IN_2025, earlier, FIGURES, Optional.empty(), "applicant-a", NOW);
    }

    private static void assertRefused(Runnable step, ResourceProblem problem) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(problem));
    }

    private static Brand brand(BrandStatus status) {
        return new Brand(UUID.randomUUID(), "DL-LB-2022-CITY-0001", UUID.randomUUID(), "912102440580649631", "大连金港人力资源服务有限公司", "210211",
                "大连金港家政服务师劳务品牌", BrandLevel.CITY, status, LocalDate.of(2022, 12, 20), Instant.parse("2022-12-20T08:00:00Z"), 0);
    }
}

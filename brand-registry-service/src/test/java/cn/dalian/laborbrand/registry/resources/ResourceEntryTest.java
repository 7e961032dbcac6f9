package cn.dalian.laborbrand.registry.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterSummary;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;
import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

class ResourceEntryTest {

    private static final Instant AT = Instant.parse("2022-12-20T08:00:00Z");
    private static final UUID BRAND = UUID.fromString("6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f01");

    @Test
    void theProfileTakesTheLatestYearsRosterCountsWhenTheApplicationCarriedARoster() {
        // given the application of 大连金港人力资源服务有限公司 with a roster of 2021 and 2022
        ApplicationSubmitted application = withRoster(SampleEvents.applicationSubmitted(Set.of(BrandLevel.CITY)));
        ApplicationFacts facts = ApplicationFacts.of(application, 0);

        // when the brand enters the library
        ResourceEntry entry = ResourceEntry.enter(BRAND, application.applicationId(), Optional.of(facts), AT);

        // then the 2022 roster counts are its employment scale and training capacity
        assertThat(entry.profile().employmentScale()).isEqualTo(1102);
        assertThat(entry.profile().trainingCapacity()).isEqualTo(1201);
        assertThat(entry.figuresYear()).isEqualTo(2022);
        assertThat(entry.filledFromApplication()).isTrue();
        assertThat(entry.profile().industrySection()).isNull();
        assertThat(facts.rosterCounts(2021)).contains(new RosterCounts(1180, 1050, 990));
        assertThat(facts.unitType()).isEqualTo(UnitType.HR_SERVICE_AGENCY);
    }

    @Test
    void withoutARosterTheDeclaredCountsOfTheLatestYearAreTaken() {
        ApplicationSubmitted application = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));

        ResourceEntry entry = ResourceEntry.enter(BRAND, application.applicationId(), Optional.of(ApplicationFacts.of(application, 0)), AT);

        assertThat(entry.profile().employmentScale()).isEqualTo(1190);
        assertThat(entry.profile().trainingCapacity()).isEqualTo(1280);
        assertThat(ApplicationFacts.of(application, 0).rosterCounts(2022)).isEmpty();
    }

    @Test
    void aBrandRegisteredBeforeItsApplicationArrivedAwaitsItsFigures() {
        ResourceEntry entry = ResourceEntry.enter(BRAND, UUID.randomUUID(), Optional.empty(), AT);

        assertThat(entry.awaitsApplication()).isTrue();
        assertThat(entry.profile().employmentScale()).isNull();
        assertThat(entry.profile().regionsServed()).isEmpty();
    }

    @Test
    void aClassificationKeepsTheFiguresAndAnAcceptedReportKeepsTheClassification() {
        ApplicationSubmitted application = SampleEvents.applicationSubmitted(Set.of(BrandLevel.CITY));
        ResourceEntry classified = ResourceEntry.enter(BRAND, application.applicationId(), Optional.of(ApplicationFacts.of(application, 0)), AT)
                .classify(new Classification("O", "80", " 家政服务 ", "O-80-01"), "reviewer-ganjingzi", AT);

        assertThat(classified.profile().sector()).isEqualTo("家政服务");
        assertThat(classified.profile().employmentScale()).isEqualTo(1190);

        ResourceEntry accepted = classified.accept(accepted(2023), "reviewer-ganjingzi", AT);
        assertThat(accepted.profile().catalogueEntry()).isEqualTo("O-80-01");
        assertThat(accepted.profile().employmentScale()).isEqualTo(1320);
        assertThat(accepted.profile().regionsServed()).containsExactly("大连市", "沈阳市");
        assertThat(accepted.figuresYear()).isEqualTo(2023);
    }

    @Test
    void aLateReportOfAnEarlierYearGoesToTheHistoryOnly() {
        ResourceEntry for2024 = ResourceEntry.enter(BRAND, UUID.randomUUID(), Optional.empty(), AT).accept(accepted(2024), "reviewer-ganjingzi", AT);

        assertThat(for2024.accept(accepted(2023), "reviewer-ganjingzi", AT)).isSameAs(for2024);
    }

    private static YearlyReport accepted(int year) {
        Brand brand = new Brand(BRAND, "DL-LB-2022-CITY-0001", UUID.randomUUID(), "912102440580649631", "大连金港人力资源服务有限公司", "210211",
                "大连金港家政服务师劳务品牌", BrandLevel.CITY, BrandStatus.ACTIVE, LocalDate.of(2022, 12, 20), AT, 0);
        return YearlyReport.submit(brand, year, LocalDate.of(2025, 3, 1), Optional.empty(),
                new YearlyFigures(1320, new BigDecimal("12.5"), new BigDecimal("3860"), 1500, List.of("大连市", "沈阳市"), "年度情况良好。"),
                Optional.empty(), "applicant-a", AT).review(ReviewOutcome.ACCEPT, null, "reviewer-ganjingzi", AT);
    }

    static ApplicationSubmitted withRoster(ApplicationSubmitted a) {
        return new ApplicationSubmitted(a.applicationId(), a.campaign(), a.orgId(), a.unitName(), a.district(), a.brandName(), a.unitType(),
                a.requestedLevels(), a.declaredYears(), a.labourPractice(), a.submittedBy(), a.submittedAt(), a.cityBrandName(),
                "以母婴护理、养老照护为特色的家政服务品牌。", a.unit(),
                new RosterSummary(UUID.randomUUID(), "ab".repeat(32), 2600, List.of(new RosterYear(2021, 1180, 1050, 1001, 990, 640, 12, 8, 3),
                        new RosterYear(2022, 1290, 1201, 1130, 1102, 720, 14, 6, 2)), 0));
    }
}

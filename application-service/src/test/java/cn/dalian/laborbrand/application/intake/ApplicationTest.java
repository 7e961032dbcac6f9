package cn.dalian.laborbrand.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.problem.PlatformException;

class ApplicationTest {

    private static final Instant NOV_15 = Instant.parse("2022-11-15T02:30:00Z");
    private static final List<Integer> CAMPAIGN_2022 = List.of(2021, 2022);
    private static final Applicant JINGANG = new Applicant("912102440580649631", "210211", "applicant-a");
    private static final LabourPractice PRACTICE = new LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false);

    @Test
    void aCompleteDraftIsSubmittedToTheDistrict() {
        // given a draft with both declared years and the labour practices
        Application draft = draft(List.of(year(2021), year(2022)), PRACTICE);

        // when the unit submits it
        Application submitted = draft.submit(CAMPAIGN_2022, "applicant-a", NOV_15);

        // then it is with the district, and says who handed it in and when
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("applicant-a");
        assertThat(submitted.submittedAt()).isEqualTo(NOV_15);
    }

    @Test
    void aDraftLackingAYearAndTheLabourPracticesIsRefusedWithWhatIsMissing() {
        Application draft = draft(List.of(year(2022)), null);

        assertThatThrownBy(() -> draft.submit(CAMPAIGN_2022, "applicant-a", NOV_15))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("2021 年度的培训、就业等数据")
                .hasMessageContaining("权益保障情况")
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(IntakeProblem.APPLICATION_INCOMPLETE));
    }

    @Test
    void aYearTheCampaignDoesNotAskForMustBeRemovedBeforeSubmitting() {
        Application draft = draft(List.of(year(2020), year(2021), year(2022)), PRACTICE);

        assertThatThrownBy(() -> draft.submit(CAMPAIGN_2022, "applicant-a", NOV_15)).hasMessageContaining("2020");
    }

    @Test
    void aSubmittedApplicationCanNeitherBeRevisedNorSubmittedAgain() {
        Application submitted = draft(List.of(year(2021), year(2022)), PRACTICE).submit(CAMPAIGN_2022, "applicant-a", NOV_15);

        assertThatThrownBy(() -> submitted.revise(submitted.content(), NOV_15))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(IntakeProblem.APPLICATION_NOT_EDITABLE));
        assertThatThrownBy(() -> submitted.submit(CAMPAIGN_2022, "applicant-a", NOV_15))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(IntakeProblem.APPLICATION_NOT_EDITABLE));
    }

    @Test
    void aYearCannotBeDeclaredTwice() {
        assertThatThrownBy(() -> draft(List.of(year(2021), year(2021)), PRACTICE))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(IntakeProblem.DUPLICATE_YEAR));
    }

    @Test
    void declaredYearsAreKeptInYearOrder() {
        assertThat(draft(List.of(year(2022), year(2021)), PRACTICE).content().declaredYears())
                .extracting(YearFigures::year).containsExactly(2021, 2022);
    }

    private static Application draft(List<YearFigures> years, LabourPractice practice) {
        return Application.draft(UUID.randomUUID(), "2022", JINGANG, new Application.Content(" 大连甘井子金港家政服务师劳务品牌 ",
                "大连金港人力资源服务有限公司", UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), years, practice),
                NOV_15);
    }

    private static YearFigures year(int year) {
        return new YearFigures(year, 1120, new BigDecimal("86.50"), 1050, new BigDecimal("62.00"), 0, 0);
    }
}

package cn.dalian.laborbrand.application.intake;

import static cn.dalian.laborbrand.platform.test.AggregateFixture.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/** An application on its own: given a draft, when the unit edits or submits it, then its state, its event or its refusal. */
class ApplicationTest {

    private static final Instant NOV_15 = Instant.parse("2022-11-15T02:30:00Z");
    private static final List<Integer> CAMPAIGN_2022 = List.of(2021, 2022);
    private static final Applicant JINGANG = new Applicant("912102440580649631", "210211", "applicant-a");
    private static final LabourPractice PRACTICE = new LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false);
    private static final UUID ID = UUID.fromString("6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70");

    @Test
    void aCompleteDraftIsSubmittedToTheDistrictAndSaysSoInApplicationSubmitted() {
        given(draft(List.of(year(2021), year(2022)), PRACTICE))
                .when(draft -> draft.submit(CAMPAIGN_2022, "applicant-a", NOV_15))
                .expectState(submitted -> {
                    assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
                    assertThat(submitted.submittedBy()).isEqualTo("applicant-a");
                    assertThat(submitted.submittedAt()).isEqualTo(NOV_15);
                })
                .expectEvent(ApplicationEvents.SUBMITTED, ID, event -> {
                    assertThat(event.applicationId()).isEqualTo(ID);
                    assertThat(event.district()).isEqualTo("210211");
                    assertThat(event.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
                    assertThat(event.declaredYears()).extracting(year -> year.year()).containsExactly(2021, 2022);
                    assertThat(event.declaredYears().getFirst().trainedCount()).isEqualTo(1120);
                    assertThat(event.labourPractice().labourRelationsCoordinators()).isEqualTo(2);
                    assertThat(event.submittedAt()).isEqualTo(NOV_15);
                });
    }

    @Test
    void aDraftLackingAYearAndTheLabourPracticesIsRefusedWithWhatIsMissing() {
        given(draft(List.of(year(2022)), null))
                .when(draft -> draft.submit(CAMPAIGN_2022, "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.APPLICATION_INCOMPLETE, "2021 年度的培训、就业等数据")
                .expectRefusal(IntakeProblem.APPLICATION_INCOMPLETE, "权益保障情况");
    }

    @Test
    void aYearTheCampaignDoesNotAskForMustBeRemovedBeforeSubmitting() {
        given(draft(List.of(year(2020), year(2021), year(2022)), PRACTICE))
                .when(draft -> draft.submit(CAMPAIGN_2022, "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.APPLICATION_INCOMPLETE, "2020");
    }

    @Test
    void aSubmittedApplicationCanNeitherBeRevisedNorSubmittedAgain() {
        Application submitted = draft(List.of(year(2021), year(2022)), PRACTICE).submit(CAMPAIGN_2022, "applicant-a", NOV_15).state();

        given(submitted)
                .when(application -> Changed.to(application.revise(application.content(), application.version(), NOV_15)))
                .expectRefusal(IntakeProblem.APPLICATION_NOT_EDITABLE);
        given(submitted)
                .when(application -> application.submit(CAMPAIGN_2022, "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.APPLICATION_NOT_EDITABLE);
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedInsteadOfOverwritingTheNewerOne() {
        // given a draft another person of the unit has saved since it was read (version 3 stored, version 2 edited)
        Application stored = new Application(ID, "2022", JINGANG.orgId(), JINGANG.district(), draft(List.of(), PRACTICE).content(),
                ApplicationStatus.DRAFT, "applicant-a", NOV_15, NOV_15, null, null, 3);

        given(stored)
                .when(draft -> Changed.to(draft.revise(draft.content(), 2, NOV_15)))
                .expectRefusal(ProblemCode.PRECONDITION_FAILED, "您编辑的是第 2 版，当前为第 3 版");
        given(stored)
                .when(draft -> Changed.to(draft.revise(draft.content(), 3, NOV_15)))
                .expectState(revised -> assertThat(revised.version()).isEqualTo(3))
                .expectNoEvents();
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
        return Application.draft(ID, "2022", JINGANG, new Application.Content(" 大连甘井子金港家政服务师劳务品牌 ",
                "大连金港人力资源服务有限公司", UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), years, practice),
                NOV_15);
    }

    private static YearFigures year(int year) {
        return new YearFigures(year, 1120, new BigDecimal("86.50"), 1050, new BigDecimal("62.00"), 0, 0);
    }
}

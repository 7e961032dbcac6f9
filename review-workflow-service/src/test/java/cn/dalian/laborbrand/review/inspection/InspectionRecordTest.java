package cn.dalian.laborbrand.review.inspection;

import static cn.dalian.laborbrand.platform.test.AggregateFixture.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed.CriterionResult;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed.LevelResult;
import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.review.casework.InspectionOutcome;
import cn.dalian.laborbrand.review.casework.ReviewProblem;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.AttachmentRequest;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.ConclusionRequest;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.DraftRequest;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.FindingRequest;

/**
 * The on-site inspection of 大连金港人力资源服务有限公司's case (甘井子区, both levels asked, opened 2022-11-14) alone:
 * given the record, when the 甘井子 bureau saves or concludes it, then the record, or the refusal with its code.
 */
class InspectionRecordTest {

    private static final UUID CASE = UUID.fromString("7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081");
    private static final LocalDate OPENED_ON = LocalDate.of(2022, 11, 14);
    private static final LocalDate TODAY = LocalDate.of(2022, 11, 18);
    private static final Instant NOV_18 = Instant.parse("2022-11-18T06:00:00Z");
    private static final String REVIEWER = "reviewer-ganjingzi";
    private static final List<String> TWO_INSPECTORS = List.of("王立新", "刘佳");
    private static final String CONFIRMING = "经实地查验，申报材料与实际情况一致，培训及就业数据真实。";
    private static final UUID PHOTO = UUID.fromString("2a3b4c5d-6e7f-4a81-9b2c-3d4e5f607182");

    private static final Set<BrandLevel> BOTH_LEVELS = Set.of(BrandLevel.DISTRICT, BrandLevel.CITY);

    /** The pre-check of the case: the trained count of both years (counted from the roster) and two labour-practice criteria, at both levels. */
    private static final EligibilityAssessed PRECHECK = new EligibilityAssessed(UUID.randomUUID(), "2022", "912102440580649631", "210211",
            "2022/v1", List.of(level(BrandLevel.DISTRICT, "≥ 500 人"), level(BrandLevel.CITY, "≥ 1000 人")), Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
            List.of(), NOV_18, "ROSTER");

    private static final Checklist WITH_PRECHECK = Checklist.of(Optional.of(PRECHECK), BOTH_LEVELS);
    private static final Checklist WITHOUT_PRECHECK = Checklist.of(Optional.empty(), BOTH_LEVELS);

    private static LevelResult level(BrandLevel level, String bar) {
        return new LevelResult(level, true, List.of(
                new CriterionResult("TRAINED_COUNT", "培训人数", 2021, true, "1120 人", bar, "…", "1103 人", false),
                new CriterionResult("TRAINED_COUNT", "培训人数", 2022, true, "1280 人", bar, "…", "1280 人", true),
                new CriterionResult("CONTRACT_SIGNING_RATE", "劳动合同签订率", null, true, "100%", "= 100%", "…", null, null),
                new CriterionResult("COLLECTIVE_CONTRACT", "劳动规章制度健全，建立集体协商和集体合同制度", null, true, "是", "是", "…", null, null)));
    }

    // the checklist

    @Test
    void theChecklistHasOneItemPerCriterionOfThePrecheckWithEachYearsFiguresThenTheMaterialsToSeeOnSite() {
        assertThat(WITH_PRECHECK.criteriaPending()).isFalse();
        assertThat(WITH_PRECHECK.items()).extracting(ChecklistItem::key, ChecklistItem::label, ChecklistItem::toVerify).startsWith(
                tuple("CRITERION:TRAINED_COUNT", "培训人数", "2021 年申报 1120 人，花名册核实 1103 人；2022 年申报 1280 人，花名册核实 1280 人"),
                tuple("CRITERION:CONTRACT_SIGNING_RATE", "劳动合同签订率", "申报 100%"),
                tuple("CRITERION:COLLECTIVE_CONTRACT", "劳动规章制度健全，建立集体协商和集体合同制度", "申报 是"));
        assertThat(WITH_PRECHECK.items()).hasSize(3 + SiteCheck.values().length);
        assertThat(WITH_PRECHECK.items().subList(3, WITH_PRECHECK.items().size())).extracting(ChecklistItem::label).containsExactly(
                "营业执照（法人登记证书）原件", "培训场地及培训记录", "务工人员花名册抽查", "劳动合同及社会保险缴纳", "劳动规章制度", "集体协商和集体合同",
                "劳动关系协调组织及协调员");
        // a criterion and a material of the same name are two items
        assertThat(WITH_PRECHECK.item("SITE:COLLECTIVE_CONTRACT")).isPresent();
    }

    @Test
    void onlyTheCriteriaOfTheLevelsTheUnitAskedForAreOnTheChecklist() {
        EligibilityAssessed cityOnlyCriterion = new EligibilityAssessed(PRECHECK.applicationId(), "2022", PRECHECK.orgId(), "210211", "2022/v1",
                List.of(level(BrandLevel.DISTRICT, "≥ 500 人"), new LevelResult(BrandLevel.CITY, false, List.of(
                        new CriterionResult("EMPLOYED_COUNT", "自主吸纳或有组织输出就业人数", 2021, false, "980 人", "≥ 1000 人", "…", null, null)))),
                Set.of(BrandLevel.DISTRICT), List.of(), NOV_18, "DECLARED");

        Checklist districtOnly = Checklist.of(Optional.of(cityOnlyCriterion), Set.of(BrandLevel.DISTRICT));

        assertThat(districtOnly.item("CRITERION:EMPLOYED_COUNT")).isEmpty();
        assertThat(districtOnly.item("CRITERION:TRAINED_COUNT")).isPresent();
    }

    @Test
    void withoutAPrecheckTheChecklistHasTheMaterialsOnlyAndSaysTheCriteriaAreToCome() {
        assertThat(WITHOUT_PRECHECK.criteriaPending()).isTrue();
        assertThat(WITHOUT_PRECHECK.items()).extracting(ChecklistItem::source).containsOnly(ChecklistItem.Source.SITE).hasSize(7);
    }

    @Test
    void aBlankRecordShowsTheWholeChecklistUnverified() {
        InspectionRecord blank = InspectionRecord.blank(CASE);

        assertThat(blank.status()).isEqualTo(InspectionStatus.NOT_STARTED);
        assertThat(blank.itemsAgainst(WITH_PRECHECK)).hasSize(10).allSatisfy(checked -> assertThat(checked.finding()).isNull());
        assertThat(blank.outcome()).isEmpty();
    }

    // saving the record as far as it got

    @Test
    void aDraftKeepsTheDateTheInspectorsTheFindingsInChecklistOrderAndTheAttachments() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, new DraftRequest(0, LocalDate.of(2022, 11, 17), List.of(" 王立新 ", "刘佳"),
                        List.of(finding("SITE:LABOUR_RULES", Finding.CONFIRMED, "  "), finding("CRITERION:TRAINED_COUNT", Finding.DISCREPANCY,
                                "2021 年培训签到表合计 1098 人，较申报少 22 人。")),
                        List.of(new AttachmentRequest(PHOTO, "培训场地照片.jpg")))))
                .expectNoEvents()
                .expectState(r -> {
                    assertThat(r.status()).isEqualTo(InspectionStatus.DRAFT);
                    assertThat(r.inspectedOn()).isEqualTo(LocalDate.of(2022, 11, 17));
                    assertThat(r.inspectors()).containsExactly("王立新", "刘佳");
                    assertThat(r.items()).extracting(c -> c.item().key(), CheckedItem::finding, CheckedItem::note).containsExactly(
                            tuple("CRITERION:TRAINED_COUNT", Finding.DISCREPANCY, "2021 年培训签到表合计 1098 人，较申报少 22 人。"),
                            tuple("SITE:LABOUR_RULES", Finding.CONFIRMED, null));
                    assertThat(r.attachments()).containsExactly(new Attachment(PHOTO, "培训场地照片.jpg"));
                    assertThat(r.savedBy()).isEqualTo(REVIEWER);
                    assertThat(r.outcome()).isEmpty();
                });
    }

    @Test
    void aDraftMaySaveNothingButTheInspectorsAndNoDate() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, new DraftRequest(0, null, List.of("王立新"), null, null)))
                .expectState(r -> {
                    assertThat(r.inspectedOn()).isNull();
                    assertThat(r.inspectors()).containsExactly("王立新");
                });
    }

    @Test
    void theInspectionMayBeDatedTheDayTheCaseOpenedAndToday() {
        given(InspectionRecord.blank(CASE)).when(r -> save(r, draft(0, OPENED_ON))).expectState(r -> assertThat(r.inspectedOn()).isEqualTo(OPENED_ON));
        given(InspectionRecord.blank(CASE)).when(r -> save(r, draft(0, TODAY))).expectState(r -> assertThat(r.inspectedOn()).isEqualTo(TODAY));
    }

    @Test
    void anInspectionDatedInTheFutureIsRefused() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, draft(0, TODAY.plusDays(1))))
                .expectRefusal(InspectionProblem.INSPECTION_DATE_IN_FUTURE, "2022年11月19日 晚于今天（2022年11月18日）");
    }

    @Test
    void anInspectionDatedBeforeTheCaseOpenedIsRefused() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, draft(0, OPENED_ON.minusDays(1))))
                .expectRefusal(InspectionProblem.INSPECTION_DATE_BEFORE_CASE, "早于申报受理的日期（2022年11月14日）");
    }

    @Test
    void anInspectorNamedTwiceIsRefused() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, new DraftRequest(0, TODAY, List.of("王立新", "王立新 "), List.of(), List.of())))
                .expectRefusal(InspectionProblem.INSPECTION_DUPLICATE, "查验人员“王立新”填写了不止一次");
    }

    @Test
    void aFindingForAnItemNotOnTheChecklistIsRefused() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, new DraftRequest(0, TODAY, TWO_INSPECTORS, List.of(finding("CRITERION:TRAINED_COUNT", Finding.CONFIRMED, null)),
                        List.of()), WITHOUT_PRECHECK))
                .expectRefusal(InspectionProblem.INSPECTION_ITEM_UNKNOWN, "CRITERION:TRAINED_COUNT");
    }

    @Test
    void aDiscrepancyWithoutANoteSayingWhatDiffersIsRefused() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, new DraftRequest(0, TODAY, TWO_INSPECTORS, List.of(finding("SITE:ROSTER_SPOT_CHECK", Finding.DISCREPANCY, " ")),
                        List.of())))
                .expectRefusal(InspectionProblem.INSPECTION_NOTE_REQUIRED, "核查项“务工人员花名册抽查”存在出入，请写明出入情况");
    }

    @Test
    void twoFindingsForOneItemOrOneFileAttachedTwiceAreRefused() {
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, new DraftRequest(0, TODAY, TWO_INSPECTORS, List.of(finding("SITE:LABOUR_RULES", Finding.CONFIRMED, null),
                        finding("SITE:LABOUR_RULES", Finding.NOT_APPLICABLE, null)), List.of())))
                .expectRefusal(InspectionProblem.INSPECTION_DUPLICATE, "“劳动规章制度”的核查结果填写了不止一次");
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, new DraftRequest(0, TODAY, TWO_INSPECTORS, List.of(), List.of(new AttachmentRequest(PHOTO, "现场照片1.jpg"),
                        new AttachmentRequest(PHOTO, "现场照片2.jpg")))))
                .expectRefusal(InspectionProblem.INSPECTION_DUPLICATE, "附件“现场照片2.jpg”添加了不止一次");
    }

    @Test
    void aSaveOnAnOlderVersionThanTheRecordsIsRefusedAsStale() {
        given(complete(3))
                .when(r -> save(r, draft(2, TODAY)))
                .expectRefusal(InspectionProblem.INSPECTION_STALE);
        given(InspectionRecord.blank(CASE))
                .when(r -> save(r, draft(1, TODAY)))
                .expectRefusal(InspectionProblem.INSPECTION_STALE);
    }

    @Test
    void findingsSavedBeforeThePrecheckStayAndTheCriteriaJoinUnverifiedWhenItArrives() {
        InspectionRecord beforePrecheck = given(InspectionRecord.blank(CASE))
                .andGiven(r -> save(r, new DraftRequest(0, TODAY, TWO_INSPECTORS, List.of(finding("SITE:LABOUR_RULES", Finding.CONFIRMED, null)),
                        List.of()), WITHOUT_PRECHECK))
                .state();

        List<CheckedItem> shown = beforePrecheck.itemsAgainst(WITH_PRECHECK);

        assertThat(shown).hasSize(10);
        assertThat(shown.getFirst().item().key()).isEqualTo("CRITERION:TRAINED_COUNT");
        assertThat(shown.getFirst().finding()).isNull();
        assertThat(shown).filteredOn(c -> c.item().key().equals("SITE:LABOUR_RULES")).extracting(CheckedItem::finding)
                .containsExactly(Finding.CONFIRMED);
    }

    // concluding

    @Test
    void aCompleteRecordIsConcludedConfirmedWithItsOutcomeForTheDistrictDecision() {
        given(complete(1))
                .when(r -> r.conclude(new ConclusionRequest(1, true, "  " + CONFIRMING + " "), WITH_PRECHECK, REVIEWER, NOV_18))
                .expectNoEvents()
                .expectState(r -> {
                    assertThat(r.status()).isEqualTo(InspectionStatus.CONCLUDED);
                    assertThat(r.conclusion().label()).isEqualTo("查验属实");
                    assertThat(r.conclusion().concludedBy()).isEqualTo(REVIEWER);
                    assertThat(r.outcome()).contains(new InspectionOutcome(LocalDate.of(2022, 11, 17), true, CONFIRMING));
                    assertThat(r.items()).hasSize(10);
                });
    }

    @Test
    void aRecordIsConcludedNotConfirmedJustAsWell() {
        given(complete(1))
                .when(r -> r.conclude(new ConclusionRequest(1, false, "培训场地已于2022年停用，申报的培训人数无法核实。"), WITH_PRECHECK, REVIEWER, NOV_18))
                .expectState(r -> {
                    assertThat(r.conclusion().label()).isEqualTo("查验不属实");
                    assertThat(r.outcome()).map(InspectionOutcome::confirmed).contains(false);
                });
    }

    @Test
    void concludingNeedsTheDateAtLeastTwoInspectorsAndAFindingForEveryItemAndSaysWhatIsMissing() {
        InspectionRecord partial = given(InspectionRecord.blank(CASE))
                .andGiven(r -> save(r, new DraftRequest(0, null, List.of("王立新"), findings(WITH_PRECHECK, 8), List.of())))
                .state();

        given(partial)
                .when(r -> r.conclude(new ConclusionRequest(1, true, CONFIRMING), WITH_PRECHECK, REVIEWER, NOV_18))
                .expectRefusal(InspectionProblem.INSPECTION_INCOMPLETE,
                        "查验日期；查验人员（至少 2 名，已填写 1 名）；核查项“集体协商和集体合同”的核查结果；核查项“劳动关系协调组织及协调员”的核查结果");
    }

    @Test
    void concludingWaitsForThePrecheckEvenWhenEveryMaterialIsVerified() {
        InspectionRecord sitesVerified = given(InspectionRecord.blank(CASE))
                .andGiven(r -> save(r, new DraftRequest(0, TODAY, TWO_INSPECTORS, findings(WITHOUT_PRECHECK, 7), List.of()), WITHOUT_PRECHECK))
                .state();

        given(sitesVerified)
                .when(r -> r.conclude(new ConclusionRequest(1, true, CONFIRMING), WITHOUT_PRECHECK, REVIEWER, NOV_18))
                .expectRefusal(InspectionProblem.INSPECTION_PRECHECK_PENDING);
    }

    @Test
    void aConclusionOfLessThanASentenceIsRefused() {
        given(complete(1))
                .when(r -> r.conclude(new ConclusionRequest(1, true, "属实"), WITH_PRECHECK, REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.REASON_REQUIRED, "查验结论");
    }

    @Test
    void aConclusionOnAnOlderVersionIsRefusedAsStale() {
        given(complete(2))
                .when(r -> r.conclude(new ConclusionRequest(1, true, CONFIRMING), WITH_PRECHECK, REVIEWER, NOV_18))
                .expectRefusal(InspectionProblem.INSPECTION_STALE);
    }

    @Test
    void aConcludedRecordIsLockedAgainstSavesAndASecondConclusion() {
        InspectionRecord concluded = given(complete(1))
                .andGiven(r -> r.conclude(new ConclusionRequest(1, true, CONFIRMING), WITH_PRECHECK, REVIEWER, NOV_18))
                .state();

        given(concluded).when(r -> save(r, draft(1, TODAY)))
                .expectRefusal(InspectionProblem.INSPECTION_CONCLUDED, "已于 2022年11月18日 作出结论（查验属实）");
        given(concluded).when(r -> r.conclude(new ConclusionRequest(1, false, "复查发现培训记录与实际不符。"), WITH_PRECHECK, REVIEWER, NOV_18))
                .expectRefusal(InspectionProblem.INSPECTION_CONCLUDED);
    }

    @Test
    void aConcludedRecordKeepsTheChecklistItWasConcludedOnWhenANewPrecheckArrives() {
        InspectionRecord concluded = given(complete(1))
                .andGiven(r -> r.conclude(new ConclusionRequest(1, true, CONFIRMING), WITH_PRECHECK, REVIEWER, NOV_18))
                .state();

        List<CheckedItem> shown = concluded.itemsAgainst(WITHOUT_PRECHECK);

        assertThat(shown).hasSize(10).allSatisfy(checked -> assertThat(checked.finding()).isNotNull());
        assertThat(shown.getFirst().item().toVerify()).startsWith("2021 年申报 1120 人");
    }

    /** A record with the date, two inspectors and every item verified, as saved under the version given. */
    private static InspectionRecord complete(int version) {
        InspectionRecord saved = save(InspectionRecord.blank(CASE), new DraftRequest(0, LocalDate.of(2022, 11, 17), TWO_INSPECTORS,
                findings(WITH_PRECHECK, WITH_PRECHECK.items().size()), List.of(new AttachmentRequest(PHOTO, "培训场地照片.jpg")))).state();
        return new InspectionRecord(saved.caseId(), saved.inspectedOn(), saved.inspectors(), saved.items(), saved.attachments(), null,
                saved.savedBy(), saved.savedAt(), version);
    }

    /** "核实属实" for the first {@code count} items of the checklist. */
    private static List<FindingRequest> findings(Checklist checklist, int count) {
        List<FindingRequest> findings = new ArrayList<>();
        for (ChecklistItem item : checklist.items().subList(0, count)) {
            findings.add(finding(item.key(), Finding.CONFIRMED, null));
        }
        return findings;
    }

    private static FindingRequest finding(String item, Finding finding, String note) {
        return new FindingRequest(item, finding, note);
    }

    private static DraftRequest draft(int version, LocalDate inspectedOn) {
        return new DraftRequest(version, inspectedOn, TWO_INSPECTORS, List.of(), List.of());
    }

    private static Changed<InspectionRecord> save(InspectionRecord record, DraftRequest request) {
        return save(record, request, WITH_PRECHECK);
    }

    private static Changed<InspectionRecord> save(InspectionRecord record, DraftRequest request,
            Checklist checklist) {
        return record.saveDraft(request, checklist, OPENED_ON, TODAY, REVIEWER, NOV_18);
    }
}

package cn.dalian.laborbrand.review.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ObjectionResolved;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.review.casework.DistrictDecision;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewProblem;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.publicity.NoticeEntry;
import cn.dalian.laborbrand.review.publicity.PublicNotice;

/** An objection is taken only while the notice runs, against a listed brand, and resolved once with a written finding. */
class ObjectionTest {

    private static final Instant LODGED = Instant.parse("2026-12-02T06:30:00Z");
    private static final UUID CASE = UUID.randomUUID();
    private static final UUID ENTRY = UUID.randomUUID();
    private static final String CONTENT = "该单位2025年拖欠多名家政服务人员工资达三个月，劳动监察部门已责令整改，尚未全部支付到位。";
    private static final Objection.Objector OBJECTOR = new Objection.Objector("王建国", Contact.parse("139 0411 8765"));
    private static final Receipt RECEIPT = Receipt.issue(LocalDate.of(2026, 12, 2), RandomGenerator.of("L64X128MixRandom"));

    /** 甘井子区's notice from 1 to 7 December 2026 listing 大连金港人力资源服务有限公司's brand. */
    private static PublicNotice notice(Instant withdrawnAt) {
        UUID id = UUID.randomUUID();
        return new PublicNotice(id, "210211", "2026", "大连市甘井子区2026年度劳务品牌拟认定名单公示", "……", "大连市甘井子区人力资源和社会保障局",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "reviewer-ganjingzi", Instant.parse("2026-11-30T02:00:00Z"),
                List.of(new NoticeEntry(ENTRY, id, CASE, 1, "大连甘井子金港家政服务师劳务品牌", "大连金港人力资源服务有限公司", "210211",
                        Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), withdrawnAt, withdrawnAt)));
    }

    /** 赵敏 (reviewer-ganjingzi) decided the case; 钱磊 (reviewer-ganjingzi-2), of the same bureau, handles objections to it. */
    private static final String DECIDED_BY = "reviewer-ganjingzi";
    private static final String COLLEAGUE = "reviewer-ganjingzi-2";
    private static final ReviewCase UNDER_NOTICE = new ReviewCase(CASE, UUID.randomUUID(), "2026", "912102440580649631", "大连金港人力资源服务有限公司",
            "210211", "大连甘井子金港家政服务师劳务品牌", null, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), ReviewStage.PUBLICITY,
            new DistrictDecision(true, true, "材料齐全，实地查验属实，推荐申报市级。", DECIDED_BY, Instant.parse("2026-11-27T02:00:00Z"), null, null),
            null, null, null, LODGED, LODGED, null, null, 0);

    private static Objection lodgedOn(LocalDate day) {
        return Objection.lodge(UUID.randomUUID(), RECEIPT, notice(null), ENTRY, OBJECTOR, CONTENT, day, LODGED);
    }

    @Test
    void anObjectionDuringTheNoticeIsReceivedAgainstTheListedBrand() {
        Objection objection = lodgedOn(LocalDate.of(2026, 12, 2));

        assertThat(objection.status()).isEqualTo(ObjectionStatus.RECEIVED);
        assertThat(objection.caseId()).isEqualTo(CASE);
        assertThat(objection.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
        assertThat(objection.isOpen()).isTrue();
        // on the notice's first and last day too
        assertThat(lodgedOn(LocalDate.of(2026, 12, 1)).isOpen()).isTrue();
        assertThat(lodgedOn(LocalDate.of(2026, 12, 7)).isOpen()).isTrue();
    }

    @Test
    void anObjectionAfterTheNoticeEndedIsRefused() {
        assertThatThrownBy(() -> lodgedOn(LocalDate.of(2026, 12, 8)))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.NOTICE_ENDED))
                .hasMessage("该公示已于2026年12月7日结束，不再受理异议。");
    }

    @Test
    void anObjectionBeforeTheNoticeStartedIsRefused() {
        assertThatThrownBy(() -> lodgedOn(LocalDate.of(2026, 11, 30)))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.NOTICE_NOT_STARTED));
    }

    @Test
    void aBrandTakenOffTheListTakesNoMoreObjections() {
        assertThatThrownBy(() -> Objection.lodge(UUID.randomUUID(), RECEIPT, notice(LODGED), ENTRY, OBJECTOR, CONTENT, LocalDate.of(2026, 12, 3),
                LODGED))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.BRAND_NOT_LISTED));
    }

    @Test
    void aBrandNotOnTheListIsNotFound() {
        assertThatThrownBy(() -> Objection.lodge(UUID.randomUUID(), RECEIPT, notice(null), UUID.randomUUID(), OBJECTOR, CONTENT,
                LocalDate.of(2026, 12, 3), LODGED))
                .hasMessage("该公示的名单中没有这个劳务品牌。");
    }

    @Test
    void theContentSaysEnoughButNotTooMuch() {
        assertThatThrownBy(() -> Objection.lodge(UUID.randomUUID(), RECEIPT, notice(null), ENTRY, OBJECTOR, "   该单位有问题。                     ",
                LocalDate.of(2026, 12, 3), LODGED))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.CONTENT_LENGTH))
                .hasMessageContaining("现为 7 个字");
        assertThatThrownBy(() -> Objection.lodge(UUID.randomUUID(), RECEIPT, notice(null), ENTRY, OBJECTOR, "欠".repeat(2001),
                LocalDate.of(2026, 12, 3), LODGED))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.CONTENT_LENGTH));
    }

    @Test
    void theSameTextWithOtherSpacingIsTheSameObjection() {
        assertThat(Objection.digest(CONTENT)).isEqualTo(Objection.digest("  " + CONTENT.replace("，", "，\n  ") + "\n"))
                .isNotEqualTo(Objection.digest(CONTENT + "另有证据。"));
    }

    @Test
    void theDistrictResolvesOnceWithAWrittenFinding() {
        // given an objection the district investigated
        Objection investigated = lodgedOn(LocalDate.of(2026, 12, 2)).investigated();
        assertThat(investigated.status()).isEqualTo(ObjectionStatus.INVESTIGATING);

        // when it dismisses it with its finding
        Objection dismissed = investigated.resolve(ObjectionOutcome.DISMISSED, "  经实地核查，所反映的欠薪问题已于2026年6月处理完毕，异议不成立。 ",
                UNDER_NOTICE, COLLEAGUE, Instant.parse("2026-12-04T02:00:00Z"));

        // then it is resolved and no longer open
        assertThat(dismissed.status()).isEqualTo(ObjectionStatus.RESOLVED);
        assertThat(dismissed.isOpen()).isFalse();
        assertThat(dismissed.finding()).isEqualTo("经实地核查，所反映的欠薪问题已于2026年6月处理完毕，异议不成立。");
        // and deciding again, or adding notes, is refused
        assertThatThrownBy(() -> dismissed.resolve(ObjectionOutcome.UPHELD_REJECTED, "复核后认定异议成立，不予认定。", UNDER_NOTICE, COLLEAGUE, LODGED))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.ALREADY_RESOLVED))
                .hasMessage("该异议已于2026年12月4日办结（异议不成立），不能再次处理。");
        assertThatThrownBy(dismissed::investigated)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.ALREADY_RESOLVED));
    }

    @Test
    void whoDecidedTheCaseAtDistrictLevelCannotResolveAnObjectionToIt() {
        // given an objection to the case 赵敏 selected and recommended
        Objection objection = lodgedOn(LocalDate.of(2026, 12, 2)).investigated();

        // when she resolves it herself, then it is refused: nobody judges an objection to their own decision
        assertThatThrownBy(() -> objection.resolve(ObjectionOutcome.DISMISSED, "经实地核查，所反映的欠薪问题已处理完毕，异议不成立。", UNDER_NOTICE,
                DECIDED_BY, LODGED))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ObjectionProblem.SAME_PERSON_DECIDED))
                .hasMessageContaining("区级初审意见");
        // and a colleague of the same bureau may
        assertThat(objection.resolve(ObjectionOutcome.DISMISSED, "经实地核查，所反映的欠薪问题已处理完毕，异议不成立。", UNDER_NOTICE, COLLEAGUE, LODGED)
                .resolvedBy()).isEqualTo(COLLEAGUE);
    }

    @Test
    void aFindingOfLessThanASentenceIsRefused() {
        assertThatThrownBy(() -> lodgedOn(LocalDate.of(2026, 12, 2)).resolve(ObjectionOutcome.DISMISSED, "不成立", UNDER_NOTICE, COLLEAGUE, LODGED))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ReviewProblem.REASON_REQUIRED))
                .hasMessageContaining("调查核实结论");
    }

    @Test
    void theQueryCodeIsCheckedNotKept() {
        Objection objection = lodgedOn(LocalDate.of(2026, 12, 2));

        assertThat(objection.queryCodeHash()).doesNotContain(RECEIPT.queryCode());
        assertThat(objection.answersTo(RECEIPT.queryCode())).isTrue();
        assertThat(objection.answersTo(RECEIPT.queryCode().toLowerCase())).isTrue();
        assertThat(objection.answersTo("AAAAAAAA")).isFalse();
        assertThat(objection.answersTo(null)).isFalse();
        assertThat(RECEIPT.number()).matches("YY20261202\\d{6}");
        assertThat(RECEIPT.queryCode()).matches("[2-9A-HJ-NP-Z]{8}");
    }

    @Test
    void theEventsCarryNothingOfThePersonWhoObjected() {
        Objection objection = lodgedOn(LocalDate.of(2026, 12, 2));
        ReviewCase reviewCase = UNDER_NOTICE;

        ObjectionLodged lodged = objection.lodgedEvent(reviewCase).payload();
        ObjectionResolved resolved = objection.resolve(ObjectionOutcome.UPHELD_REJECTED, "经调查核实，该单位确有拖欠工资行为，异议成立。", reviewCase,
                COLLEAGUE, LODGED).resolvedEvent(reviewCase).payload();

        assertThat(lodged.toString() + resolved).doesNotContain("王建国", "13904118765");
        assertThat(lodged.orgId()).isEqualTo("912102440580649631");
        assertThat(resolved.outcome()).isEqualTo("UPHELD_REJECTED");
    }
}

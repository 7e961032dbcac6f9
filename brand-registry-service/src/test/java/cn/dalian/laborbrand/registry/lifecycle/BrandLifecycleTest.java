package cn.dalian.laborbrand.registry.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandStatus;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.BrandExited;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ExitCause;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ExitProposed;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.RectificationAccepted;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.RectificationExtended;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.RectificationOrdered;
import cn.dalian.laborbrand.registry.rectification.Rectification;
import cn.dalian.laborbrand.registry.rectification.RectificationReason;
import cn.dalian.laborbrand.registry.rectification.SampleCalendar;

/** A certified brand's status machine under dynamic management (DOMAIN.md, Process 4 and 5). */
class BrandLifecycleTest {

    private static final UUID BRAND = UUID.fromString("3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61");
    private static final UUID RECTIFICATION = UUID.fromString("7d3f2a10-5b7e-4c1a-9f0e-2a6b8c4d1e01");
    private static final String CERTIFICATE = "DL-LB-2026-CITY-0001";
    private static final LocalDate CERTIFIED_ON = LocalDate.of(2026, 3, 18);
    private static final LocalDate SEP_23_2026 = LocalDate.of(2026, 9, 23);

    /** 大连金港家政服务师劳务品牌 of 大连金港人力资源服务有限公司 (甘井子区), certified at city level. */
    private static BrandLifecycle active(BrandLevel level) {
        Brand brand = new Brand(BRAND, CERTIFICATE, UUID.fromString("c0a8e3f2-1d4b-4a6e-8f00-112233445566"), "91210211MA0YGH3XXX",
                "大连金港人力资源服务有限公司", "210211", "大连金港家政服务师劳务品牌", level, BrandStatus.ACTIVE, CERTIFIED_ON,
                Instant.parse("2026-03-18T08:00:00Z"), 0);
        return BrandLifecycle.of(brand);
    }

    private static Rectification ordered() {
        return Rectification.order(RECTIFICATION, BRAND, Set.of(RectificationReason.POOR_TRAINING_QUALITY),
                "第三季度电话回访中，多名务工人员反映未参加过实操培训。", SEP_23_2026, 10, SampleCalendar.OFFICIAL);
    }

    private static Rectification answered() {
        return ordered().answer("已补办实操培训并重新考核。", List.of("evidence/2026/retraining.pdf"), LocalDate.of(2026, 10, 12));
    }

    private static BrandLifecycle rectifying() {
        return active(BrandLevel.CITY).orderRectification(ordered()).state();
    }

    private static BrandLifecycle exitProposed() {
        return rectifying().proposeExit(ordered(), LocalDate.of(2026, 10, 15)).state();
    }

    private static BrandLifecycle exited() {
        return exitProposed().exit(new ExitDecision("大就组发〔2026〕12号", LocalDate.of(2026, 11, 20))).state();
    }

    private static void assertRefused(Runnable step, LifecycleProblem expected) {
        assertThatThrownBy(step::run).isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(expected));
    }

    @Test
    void orderingRectificationPutsAnActiveBrandUnderRectificationAndSaysWhyAndUntilWhen() {
        // given an active city-level brand; when a reviewer orders it to rectify for 10 working days on 2026-09-23
        Transition step = active(BrandLevel.CITY).orderRectification(ordered());

        // then it is under rectification, and the others hear the reasons and the deadline
        assertThat(step.state().status()).isEqualTo(BrandStatus.RECTIFYING);
        assertThat(step.state().rectificationId()).isEqualTo(RECTIFICATION);
        assertThat(step.facts()).containsExactly(new RectificationOrdered(BRAND, RECTIFICATION, Set.of(RectificationReason.POOR_TRAINING_QUALITY),
                SEP_23_2026, LocalDate.of(2026, 10, 14)));
    }

    @Test
    void aSecondRectificationWhileOneRunsIsRefused() {
        assertRefused(() -> rectifying().orderRectification(ordered()), LifecycleProblem.ALREADY_RECTIFYING);
    }

    @Test
    void anAcceptedRectificationMakesTheBrandActiveAgain() {
        Rectification accepted = answered().accept(LocalDate.of(2026, 10, 16), "整改到位。");

        Transition step = rectifying().acceptRectification(accepted);

        assertThat(step.state().status()).isEqualTo(BrandStatus.ACTIVE);
        assertThat(step.state().rectificationId()).isNull();
        assertThat(step.facts()).containsExactly(new RectificationAccepted(BRAND, RECTIFICATION, LocalDate.of(2026, 10, 16)));
    }

    @Test
    void aRectificationNotYetAcceptedCannotMakeTheBrandActive() {
        assertRefused(() -> rectifying().acceptRectification(answered()), LifecycleProblem.RECTIFICATION_NOT_CLOSED);
    }

    @Test
    void eachExtensionKeepsTheBrandUnderRectificationAndAnnouncesTheNewDeadline() {
        Rectification once = answered().extend(LocalDate.of(2026, 10, 16), 5, "考核记录不完整。", SampleCalendar.OFFICIAL);
        Rectification twice = once.extend(LocalDate.of(2026, 10, 22), 5, "等待用工单位证明。", SampleCalendar.OFFICIAL);

        BrandLifecycle lifecycle = rectifying();
        Transition first = lifecycle.extendRectification(once);
        Transition second = first.state().extendRectification(twice);

        assertThat(second.state().status()).isEqualTo(BrandStatus.RECTIFYING);
        assertThat(first.facts()).containsExactly(new RectificationExtended(BRAND, RECTIFICATION, LocalDate.of(2026, 10, 16),
                LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 23)));
        assertThat(second.facts()).containsExactly(new RectificationExtended(BRAND, RECTIFICATION, LocalDate.of(2026, 10, 22),
                LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 29)));
    }

    @Test
    void anotherBrandsRectificationIsRefused() {
        Rectification foreign = Rectification.order(UUID.randomUUID(), UUID.randomUUID(), Set.of(RectificationReason.LOW_RECOGNITION), "认可度低。",
                SEP_23_2026, 10, SampleCalendar.OFFICIAL);
        assertRefused(() -> active(BrandLevel.CITY).orderRectification(foreign), LifecycleProblem.OTHER_RECTIFICATION);
    }

    @Test
    void anOverdueRectificationGroundsAnExitProposal() {
        // given the deadline 2026-10-14 passed with no answer; when the reviewer proposes the exit on 2026-10-15
        Transition step = rectifying().proposeExit(ordered(), LocalDate.of(2026, 10, 15));

        assertThat(step.state().status()).isEqualTo(BrandStatus.EXIT_PROPOSED);
        assertThat(step.facts()).containsExactly(new ExitProposed(BRAND, RECTIFICATION, ExitCause.OVERDUE, LocalDate.of(2026, 10, 15)));
    }

    @Test
    void aFailedRectificationGroundsAnExitProposal() {
        Rectification failed = answered().reject(LocalDate.of(2026, 10, 16), "佐证材料不实。");

        Transition step = rectifying().proposeExit(failed, LocalDate.of(2026, 10, 16));

        assertThat(step.facts()).containsExactly(new ExitProposed(BRAND, RECTIFICATION, ExitCause.FAILED, LocalDate.of(2026, 10, 16)));
    }

    @Test
    void noExitIsProposedWhileTheRectificationIsStillWithinItsDeadline() {
        assertRefused(() -> rectifying().proposeExit(ordered(), LocalDate.of(2026, 10, 14)), LifecycleProblem.NO_GROUND_FOR_EXIT);
        assertRefused(() -> rectifying().proposeExit(answered(), LocalDate.of(2026, 10, 20)), LifecycleProblem.NO_GROUND_FOR_EXIT);
    }

    @Test
    void theLeadingGroupsDecisionMakesAProposedExitFinalUnderItsReference() {
        Transition step = exitProposed().exit(new ExitDecision(" 大就组发〔2026〕12号 ", LocalDate.of(2026, 11, 20)));

        assertThat(step.state().status()).isEqualTo(BrandStatus.EXITED);
        assertThat(step.state().status().isListedPublicly()).isFalse();
        assertThat(step.facts()).containsExactly(new BrandExited(BRAND, CERTIFICATE, "大就组发〔2026〕12号", LocalDate.of(2026, 11, 20)));
    }

    @Test
    void anExitWithoutADecisionReferenceIsRefused() {
        assertRefused(() -> exitProposed().exit(null), LifecycleProblem.EXIT_DECISION_REQUIRED);
        assertRefused(() -> exitProposed().exit(new ExitDecision(" ", LocalDate.of(2026, 11, 20))), LifecycleProblem.EXIT_DECISION_REQUIRED);
        assertRefused(() -> exitProposed().exit(new ExitDecision("大就组发〔2026〕12号", null)), LifecycleProblem.EXIT_DECISION_REQUIRED);
    }

    @Test
    void anExitThatWasNotProposedIsRefusedEvenWithADecision() {
        assertRefused(() -> rectifying().exit(new ExitDecision("大就组发〔2026〕12号", LocalDate.of(2026, 11, 20))),
                LifecycleProblem.EXIT_NOT_PROPOSED);
        assertRefused(() -> active(BrandLevel.CITY).exit(new ExitDecision("大就组发〔2026〕12号", LocalDate.of(2026, 11, 20))),
                LifecycleProblem.EXIT_NOT_PROPOSED);
    }

    @Test
    void nothingLeavesExited() {
        BrandLifecycle exited = exited();
        Rectification again = Rectification.order(UUID.randomUUID(), BRAND, Set.of(RectificationReason.LOW_RECOGNITION), "再次整改。",
                LocalDate.of(2026, 11, 23), 10, SampleCalendar.OFFICIAL);

        assertRefused(() -> exited.orderRectification(again), LifecycleProblem.BRAND_EXITED);
        assertRefused(() -> exited.exit(new ExitDecision("大就组发〔2026〕13号", LocalDate.of(2026, 11, 25))), LifecycleProblem.BRAND_EXITED);
        assertRefused(() -> exited.acceptRectification(answered().accept(LocalDate.of(2026, 11, 25), "通过")), LifecycleProblem.BRAND_EXITED);
        assertRefused(() -> exited.recordProvincialCertification(new ProvincialCertification("辽人社〔2026〕88号", LocalDate.of(2026, 12, 1),
                "documents/provincial.pdf")), LifecycleProblem.BRAND_EXITED);
    }

    @Test
    void aCityLevelBrandIsRecordedProvincialWithTheDecisionAndKeepsItsStatus() {
        ProvincialCertification provincial = new ProvincialCertification("辽人社〔2026〕88号", LocalDate.of(2026, 9, 1),
                "documents/2026/provincial-decision.pdf");

        Transition step = active(BrandLevel.CITY).recordProvincialCertification(provincial);

        assertThat(step.state().provincial()).isEqualTo(provincial);
        assertThat(step.state().level()).isEqualTo(BrandLevel.CITY);
        assertThat(step.state().status()).isEqualTo(BrandStatus.ACTIVE);
        assertThat(step.facts()).containsExactly(new ProvincialCertificationRecorded(BRAND, CERTIFICATE, "辽人社〔2026〕88号",
                LocalDate.of(2026, 9, 1), "documents/2026/provincial-decision.pdf"));
    }

    @Test
    void aDistrictLevelBrandIsNotRecordedProvincialUntilTheCityCertifiesIt() {
        assertRefused(() -> active(BrandLevel.DISTRICT).recordProvincialCertification(new ProvincialCertification("辽人社〔2026〕88号",
                LocalDate.of(2026, 9, 1), null)), LifecycleProblem.PROVINCIAL_NOT_FOR_DISTRICT_LEVEL);
    }

    @Test
    void theProvincialCertificationIsRecordedOnceSoItsSubsidyIsPaidOnce() {
        BrandLifecycle provincial = active(BrandLevel.CITY).recordProvincialCertification(new ProvincialCertification("辽人社〔2026〕88号",
                LocalDate.of(2026, 9, 1), null)).state();

        assertRefused(() -> provincial.recordProvincialCertification(new ProvincialCertification("辽人社〔2026〕90号", LocalDate.of(2026, 9, 5),
                null)), LifecycleProblem.PROVINCIAL_ALREADY_RECORDED);
    }

    @Test
    void aProvincialCertificationWithoutReferenceOrBeforeTheCitysCertificationIsRefused() {
        assertRefused(() -> active(BrandLevel.CITY).recordProvincialCertification(new ProvincialCertification("", LocalDate.of(2026, 9, 1), null)),
                LifecycleProblem.PROVINCIAL_DECISION_REQUIRED);
        assertRefused(() -> active(BrandLevel.CITY).recordProvincialCertification(new ProvincialCertification("辽人社〔2026〕88号",
                LocalDate.of(2026, 3, 17), null)), LifecycleProblem.PROVINCIAL_BEFORE_CERTIFICATION);
    }

    @Test
    void aCityBrandRecordedProvincialThenOrderedToRectifyAndOverdueExitsByTheLeadingGroupsDecisionKeepingItsProvincialRecord() {
        // given DL-LB-2026-CITY-0001, certified at city level and then recorded provincial
        ProvincialCertification provincial = new ProvincialCertification("辽人社〔2026〕88号", LocalDate.of(2026, 9, 1), null);
        Transition recorded = active(BrandLevel.CITY).recordProvincialCertification(provincial);

        // when it is ordered to rectify, lets the deadline pass, is proposed for exit and the leading group decides
        Transition ordered = recorded.state().orderRectification(ordered());
        Transition proposed = ordered.state().proposeExit(ordered(), LocalDate.of(2026, 10, 15));
        Transition exited = proposed.state().exit(new ExitDecision("大就组发〔2026〕12号", LocalDate.of(2026, 11, 20)));

        // then each step said what happened, in order, and the exited brand still shows its provincial decision
        assertThat(List.of(recorded, ordered, proposed, exited)).flatMap(Transition::facts)
                .extracting(fact -> fact.getClass().getSimpleName())
                .containsExactly("ProvincialCertificationRecorded", "RectificationOrdered", "ExitProposed", "BrandExited");
        assertThat(exited.state().status()).isEqualTo(BrandStatus.EXITED);
        assertThat(exited.state().provincial()).isEqualTo(provincial);
    }

    @ParameterizedTest
    @EnumSource(value = BrandStatus.class, names = {"RECTIFYING", "EXIT_PROPOSED"})
    void aBrandStillCertifiedIsListedPubliclyWhileUnderRectificationOrProposedForExit(BrandStatus status) {
        assertThat(status.isListedPublicly()).isTrue();
    }
}

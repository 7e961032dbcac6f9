package cn.dalian.laborbrand.registry.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The rectification timeline in working days (DOMAIN.md, Process 4: 限期整改). */
class RectificationTest {

    private static final UUID RECTIFICATION = UUID.fromString("7d3f2a10-5b7e-4c1a-9f0e-2a6b8c4d1e01");
    private static final UUID BRAND = UUID.fromString("3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61");
    private static final SampleCalendar CALENDAR = SampleCalendar.OFFICIAL;
    /** Wednesday before 中秋 (Friday 25 September off) and 国庆 (1–7 October off, Saturday 10 October worked). */
    private static final LocalDate SEP_23_2026 = LocalDate.of(2026, 9, 23);

    private static Rectification orderedOnSep23For10WorkingDays() {
        return Rectification.order(RECTIFICATION, BRAND, Set.of(RectificationReason.POOR_TRAINING_QUALITY, RectificationReason.TOO_FEW_WORKERS),
                "2026年第三季度电话回访显示，大连金港人力资源服务有限公司培训合格人员实际就业人数明显少于申报数。", SEP_23_2026, 10, CALENDAR);
    }

    private static Rectification answeredOn(LocalDate day) {
        return orderedOnSep23For10WorkingDays().answer("已更换培训讲师并补充实操课时，附培训签到表与考核成绩。",
                List.of("evidence/2026/signin-sheet.pdf", "evidence/2026/exam-results.xlsx"), day);
    }

    @Test
    void theDeadlineCountsWorkingDaysFromTheDayAfterTheOrderSkippingMidAutumnAndNationalDay() {
        // given an order on Wednesday 2026-09-23 for 10 working days
        // when the deadline is counted from Thursday 24: 24, 28, 29, 30 September, 8, 9, 10 (adjusted Saturday), 12, 13, 14 October
        Rectification ordered = orderedOnSep23For10WorkingDays();

        // then it ends on Wednesday 2026-10-14, and the order waits for the holder's answer
        assertThat(ordered.deadline()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(ordered.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(ordered.reasons()).extracting(RectificationReason::label).containsExactlyInAnyOrder("培训质量差", "务工人员数量过少");
    }

    @Test
    void theDayOfTheOrderDoesNotCountEvenWhenItIsAWorkingDay() {
        // given an order on Thursday 2022-09-29 for 1 working day: the next working day is Saturday 8 October (调休)
        Rectification ordered = Rectification.order(RECTIFICATION, BRAND, Set.of(RectificationReason.LOW_RECOGNITION), "用工单位认可度调查得分偏低。",
                LocalDate.of(2022, 9, 29), 2, CALENDAR);

        // then two working days after it are Friday 30 September and Saturday 8 October
        assertThat(ordered.deadline()).isEqualTo(LocalDate.of(2022, 10, 8));
    }

    @Test
    void anOrderWithoutAReasonFromTheNoticesListIsRefused() {
        assertThatThrownBy(() -> Rectification.order(RECTIFICATION, BRAND, Set.of(), "说明", SEP_23_2026, 10, CALENDAR))
                .isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.REASON_REQUIRED));
    }

    @Test
    void anOrderWithoutAWrittenExplanationIsRefused() {
        assertThatThrownBy(() -> Rectification.order(RECTIFICATION, BRAND, Set.of(RectificationReason.FALLING_COMPETITIVENESS), "  ",
                SEP_23_2026, 10, CALENDAR))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.EXPLANATION_REQUIRED));
    }

    @Test
    void anOrderOfZeroWorkingDaysIsRefused() {
        assertThatThrownBy(() -> Rectification.order(RECTIFICATION, BRAND, Set.of(RectificationReason.FALLING_COMPETITIVENESS), "市场占有率下降。",
                SEP_23_2026, 0, CALENDAR))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.PERIOD_INVALID));
    }

    @Test
    void anAnswerWithEvidenceOnTheDeadlineItselfIsAccepted() {
        // when the holder answers on the last day, 2026-10-14
        Rectification answered = answeredOn(LocalDate.of(2026, 10, 14));

        // then the answer waits for the reviewer
        assertThat(answered.status()).isEqualTo(RectificationStatus.ANSWERED);
        assertThat(answered.answers()).singleElement().satisfies(answer ->
                assertThat(answer.evidenceReferences()).containsExactly("evidence/2026/signin-sheet.pdf", "evidence/2026/exam-results.xlsx"));
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedNamingTheDeadline() {
        assertThatThrownBy(() -> answeredOn(LocalDate.of(2026, 10, 15)))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("整改期限已于 2026-10-14 届满")
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.ANSWER_AFTER_DEADLINE))
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("deadline", "2026-10-14"));
    }

    @Test
    void anAnswerWithoutEvidenceIsRefused() {
        assertThatThrownBy(() -> orderedOnSep23For10WorkingDays().answer("已整改。", List.of(" "), LocalDate.of(2026, 10, 9)))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.EVIDENCE_REQUIRED));
    }

    @Test
    void aSecondAnswerWhileTheFirstAwaitsReviewIsRefused() {
        assertThatThrownBy(() -> answeredOn(LocalDate.of(2026, 10, 9)).answer("补充材料。", List.of("evidence/extra.pdf"), LocalDate.of(2026, 10, 12)))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.ANSWER_PENDING));
    }

    @Test
    void theReviewerAcceptsAnAnsweredRectificationAndItIsClosed() {
        Rectification accepted = answeredOn(LocalDate.of(2026, 10, 9)).accept(LocalDate.of(2026, 10, 16), "整改到位。");

        assertThat(accepted.status()).isEqualTo(RectificationStatus.ACCEPTED);
        assertThat(accepted.status().isClosed()).isTrue();
        assertThat(accepted.isOverdueOn(LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void theReviewerCannotAcceptBeforeTheHolderAnswered() {
        assertThatThrownBy(() -> orderedOnSep23For10WorkingDays().accept(LocalDate.of(2026, 10, 9), "通过"))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.NO_ANSWER_TO_DECIDE));
    }

    @Test
    void theReviewerRejectsAnAnswerWithAReasonAndTheRectificationFailed() {
        Rectification failed = answeredOn(LocalDate.of(2026, 10, 9)).reject(LocalDate.of(2026, 10, 16), "佐证材料不能证明培训质量改善。");

        assertThat(failed.status()).isEqualTo(RectificationStatus.FAILED);
        assertThat(failed.decision().note()).isEqualTo("佐证材料不能证明培训质量改善。");
        assertThatThrownBy(() -> failed.accept(LocalDate.of(2026, 10, 19), "改判"))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.CLOSED));
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> answeredOn(LocalDate.of(2026, 10, 9)).reject(LocalDate.of(2026, 10, 16), ""))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.DECISION_REASON_REQUIRED));
    }

    @Test
    void anExtensionCountsItsWorkingDaysFromTheDayAfterTheDecisionAndTheHolderAnswersAnew() {
        // given an answer the reviewer finds incomplete, decided on Friday 2026-10-16
        Rectification extended = answeredOn(LocalDate.of(2026, 10, 9)).extend(LocalDate.of(2026, 10, 16), 5, "培训考核记录不完整，请补充。", CALENDAR);

        // then 5 working days from Monday 19 October end on Friday 23 October, and the order is open again
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(extended.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(extended.extensions()).singleElement().satisfies(extension -> {
            assertThat(extension.previousDeadline()).isEqualTo(LocalDate.of(2026, 10, 14));
            assertThat(extension.newDeadline()).isEqualTo(LocalDate.of(2026, 10, 23));
        });
        // and an answer on the new deadline is taken
        assertThat(extended.answer("已补充考核记录。", List.of("evidence/2026/exam-2.pdf"), LocalDate.of(2026, 10, 23)).status())
                .isEqualTo(RectificationStatus.ANSWERED);
    }

    @Test
    void aRectificationCanBeExtendedMoreThanOnceEachTimeWithANewDeadline() {
        Rectification twice = orderedOnSep23For10WorkingDays()
                .extend(LocalDate.of(2026, 10, 12), 10, "正值招生季，延期一次。", CALENDAR)
                .extend(LocalDate.of(2026, 10, 23), 10, "等待用工单位出具证明。", CALENDAR);

        assertThat(twice.extensions()).extracting(Rectification.Extension::newDeadline)
                .containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 6));
        assertThat(twice.deadline()).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void anExtensionThatWouldNotMoveTheDeadlineLaterIsRefused() {
        // 1 working day from a decision on 2026-09-28 ends on 2026-09-29, before the current 2026-10-14
        assertThatThrownBy(() -> orderedOnSep23For10WorkingDays().extend(LocalDate.of(2026, 9, 28), 1, "延期", CALENDAR))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.EXTENSION_NOT_LATER));
    }

    @Test
    void anOpenRectificationIsOverdueTheDayAfterItsDeadlineAndCanNoLongerBeExtended() {
        Rectification ordered = orderedOnSep23For10WorkingDays();

        assertThat(ordered.isOverdueOn(LocalDate.of(2026, 10, 14))).isFalse();
        assertThat(ordered.isOverdueOn(LocalDate.of(2026, 10, 15))).isTrue();
        assertThatThrownBy(() -> ordered.extend(LocalDate.of(2026, 10, 15), 5, "延期", CALENDAR))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.OVERDUE));
    }

    @Test
    void anAnswerGivenInTimeAndAwaitingReviewIsNotOverdueAfterTheDeadline() {
        assertThat(answeredOn(LocalDate.of(2026, 10, 14)).isOverdueOn(LocalDate.of(2026, 10, 20))).isFalse();
    }

    @Test
    void remindersFallTheGivenWorkingDaysBeforeTheDeadlineSkippingTheHolidays() {
        // deadline Wednesday 2026-10-14: 1 before is 13 October, 3 before the adjusted Saturday 10 October,
        // 6 before Wednesday 30 September (1–7 October are off)
        assertThat(orderedOnSep23For10WorkingDays().reminderDates(List.of(6, 1, 3), CALENDAR))
                .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 13));
    }

    @Test
    void aReminderThatWouldFallOnOrBeforeTheOrderIsLeftOut() {
        assertThat(orderedOnSep23For10WorkingDays().reminderDates(List.of(10, 9), CALENDAR)).containsExactly(LocalDate.of(2026, 9, 24));
    }

    @Test
    void aReminderOfZeroWorkingDaysBeforeIsRefused() {
        assertThatThrownBy(() -> orderedOnSep23For10WorkingDays().reminderDates(List.of(0), CALENDAR))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.REMINDER_INVALID));
    }

    @Test
    void anOpenRectificationPastItsDeadlineClosesAsOverdue() {
        // given the order with deadline 2026-10-14 and no answer; when the daily check runs on Thursday 15 October
        Rectification expired = orderedOnSep23For10WorkingDays().expire(LocalDate.of(2026, 10, 15));

        // then it is closed as overdue on that day, and nothing more can happen to it
        assertThat(expired.status()).isEqualTo(RectificationStatus.OVERDUE);
        assertThat(expired.status().isClosed()).isTrue();
        assertThat(expired.decision().decidedOn()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThatThrownBy(() -> expired.answer("补交", List.of("evidence/late.pdf"), LocalDate.of(2026, 10, 15)))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.CLOSED));
    }

    @Test
    void aRectificationIsNotClosedAsOverdueOnItsDeadlineNorWhenAnsweredInTime() {
        assertThatThrownBy(() -> orderedOnSep23For10WorkingDays().expire(LocalDate.of(2026, 10, 14)))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.NOT_OVERDUE));
        assertThatThrownBy(() -> answeredOn(LocalDate.of(2026, 10, 14)).expire(LocalDate.of(2026, 10, 20)))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(RectificationProblem.NOT_OVERDUE));
    }

    @Test
    void theWorkingDaysLeftCountTheWorkingDaysAfterTodayUpToTheDeadlineAsTheRemindersDo() {
        Rectification ordered = orderedOnSep23For10WorkingDays();

        // on the adjusted Saturday 10 October: 12, 13, 14 October remain; during the holiday (3 October) 8, 9, 10, 12, 13, 14 October remain
        assertThat(ordered.workingDaysLeft(LocalDate.of(2026, 10, 10), CALENDAR)).isEqualTo(3);
        assertThat(ordered.workingDaysLeft(LocalDate.of(2026, 10, 3), CALENDAR)).isEqualTo(6);
        assertThat(ordered.workingDaysLeft(LocalDate.of(2026, 10, 14), CALENDAR)).isZero();
        assertThat(ordered.workingDaysLeft(LocalDate.of(2026, 10, 20), CALENDAR)).isZero();
    }
}

package cn.dalian.laborbrand.registry.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * A rectification order (限期整改) and its timeline. The deadline counts working days from the day after the order
 * (the day of the order is not the holder's); the holder answers with evidence until the deadline, inclusive; the
 * reviewer accepts, extends or rejects the answer. Overdue means the deadline passed with no answer given in time:
 * an answer given in time and waiting for the reviewer is not overdue, the wait is the reviewer's.
 */
public record Rectification(UUID id, UUID brandId, Set<RectificationReason> reasons, String explanation, LocalDate orderedOn,
        LocalDate deadline, RectificationStatus status, List<Answer> answers, List<Extension> extensions, Decision decision) {

    /** The holder's answer: what was done and the stored evidence it refers to. */
    public record Answer(String text, List<String> evidenceReferences, LocalDate answeredOn) {
        public Answer {
            evidenceReferences = List.copyOf(evidenceReferences);
        }
    }

    /** A new deadline the reviewer granted, and why. */
    public record Extension(LocalDate decidedOn, int workingDays, LocalDate previousDeadline, LocalDate newDeadline, String reason) {
    }

    /** The closing decision: accepted or rejected by the reviewer, or overdue. */
    public record Decision(RectificationStatus outcome, LocalDate decidedOn, String note) {
    }

    public Rectification {
        reasons = Set.copyOf(reasons);
        answers = List.copyOf(answers);
        extensions = List.copyOf(extensions);
    }

    /** A district or city reviewer orders the brand to rectify within {@code workingDays} working days from the day after {@code orderedOn}. */
    public static Rectification order(UUID id, UUID brandId, Collection<RectificationReason> reasons, String explanation, LocalDate orderedOn,
            int workingDays, WorkingDays calendar) {
        if (reasons == null || reasons.isEmpty()) {
            throw new PlatformException(RectificationProblem.REASON_REQUIRED);
        }
        if (isBlank(explanation)) {
            throw new PlatformException(RectificationProblem.EXPLANATION_REQUIRED);
        }
        LocalDate deadline = deadlineAfter(orderedOn, workingDays, calendar);
        return new Rectification(id, brandId, EnumSet.copyOf(reasons), explanation.strip(), orderedOn, deadline, RectificationStatus.OPEN,
                List.of(), List.of(), null);
    }

    /** The holder answers with evidence; accepted only until the deadline, and one answer at a time. */
    public Rectification answer(String text, List<String> evidenceReferences, LocalDate answeredOn) {
        requireNotClosed();
        if (status == RectificationStatus.ANSWERED) {
            throw new PlatformException(RectificationProblem.ANSWER_PENDING);
        }
        if (answeredOn.isAfter(deadline)) {
            throw new PlatformException(RectificationProblem.ANSWER_AFTER_DEADLINE,
                    "整改期限已于 " + deadline + " 届满，" + answeredOn + " 提交的整改答复不予受理。")
                    .with("deadline", deadline.toString());
        }
        if (isBlank(text)) {
            throw new PlatformException(RectificationProblem.ANSWER_REQUIRED);
        }
        if (evidenceReferences == null || evidenceReferences.stream().allMatch(Rectification::isBlank)) {
            throw new PlatformException(RectificationProblem.EVIDENCE_REQUIRED);
        }
        List<Answer> given = new ArrayList<>(answers);
        given.add(new Answer(text.strip(), evidenceReferences.stream().filter(reference -> !isBlank(reference)).toList(), answeredOn));
        return new Rectification(id, brandId, reasons, explanation, orderedOn, deadline, RectificationStatus.ANSWERED, given, extensions, null);
    }

    /** The reviewer accepts the answer: the rectification is closed and the brand stays. */
    public Rectification accept(LocalDate decidedOn, String note) {
        requireAnswerToDecide();
        return close(new Decision(RectificationStatus.ACCEPTED, decidedOn, note == null ? "" : note.strip()));
    }

    /** The reviewer rejects the answer, saying why: the rectification failed. */
    public Rectification reject(LocalDate decidedOn, String reason) {
        requireAnswerToDecide();
        if (isBlank(reason)) {
            throw new PlatformException(RectificationProblem.DECISION_REASON_REQUIRED);
        }
        return close(new Decision(RectificationStatus.FAILED, decidedOn, reason.strip()));
    }

    /**
     * The reviewer grants more time: a new deadline {@code workingDays} working days from the day after the decision,
     * later than the current one; the holder answers anew. Not once the deadline passed without an answer: that is overdue.
     */
    public Rectification extend(LocalDate decidedOn, int workingDays, String reason, WorkingDays calendar) {
        requireNotClosed();
        if (isOverdueOn(decidedOn)) {
            throw new PlatformException(RectificationProblem.OVERDUE);
        }
        if (isBlank(reason)) {
            throw new PlatformException(RectificationProblem.DECISION_REASON_REQUIRED);
        }
        LocalDate newDeadline = deadlineAfter(decidedOn, workingDays, calendar);
        if (!newDeadline.isAfter(deadline)) {
            throw new PlatformException(RectificationProblem.EXTENSION_NOT_LATER,
                    "延期后的整改期限（" + newDeadline + "）须晚于原期限（" + deadline + "）；请增加工作日数。");
        }
        List<Extension> granted = new ArrayList<>(extensions);
        granted.add(new Extension(decidedOn, workingDays, deadline, newDeadline, reason.strip()));
        return new Rectification(id, brandId, reasons, explanation, orderedOn, newDeadline, RectificationStatus.OPEN, answers, granted, null);
    }

    /** Closes a rectification whose deadline passed without an answer: overdue, which grounds an exit proposal. */
    public Rectification expire(LocalDate today) {
        requireNotClosed();
        if (!isOverdueOn(today)) {
            throw new PlatformException(RectificationProblem.NOT_OVERDUE);
        }
        return close(new Decision(RectificationStatus.OVERDUE, today, "整改期限（" + deadline + "）届满，未提交整改答复。"));
    }

    /**
     * The working days left after {@code today} up to and including the deadline (0 on the deadline itself, when
     * answering is still possible); the count the reminders name.
     */
    public int workingDaysLeft(LocalDate today, WorkingDays calendar) {
        int left = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }

    /** Overdue: the deadline passed and no answer was given in time (an answer waiting for review is not overdue). */
    public boolean isOverdueOn(LocalDate today) {
        return status == RectificationStatus.OPEN && today.isAfter(deadline);
    }

    /**
     * The days a reminder is due, each {@code n} working days before the deadline: the working day after which exactly
     * {@code n} working days remain up to and including the deadline. Days not after the order are left out.
     */
    public List<LocalDate> reminderDates(Collection<Integer> workingDaysBefore, WorkingDays calendar) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int n : workingDaysBefore) {
            if (n < 1) {
                throw new PlatformException(RectificationProblem.REMINDER_INVALID);
            }
            LocalDate day = deadline;
            int remaining = 0;
            while (remaining < n || !calendar.isWorkingDay(day)) {
                if (calendar.isWorkingDay(day)) {
                    remaining++;
                }
                day = day.minusDays(1);
            }
            if (day.isAfter(orderedOn)) {
                dates.add(day);
            }
        }
        return List.copyOf(dates);
    }

    private static LocalDate deadlineAfter(LocalDate day, int workingDays, WorkingDays calendar) {
        if (workingDays < 1) {
            throw new PlatformException(RectificationProblem.PERIOD_INVALID);
        }
        return calendar.lastDayOf(day.plusDays(1), workingDays);
    }

    private Rectification close(Decision closing) {
        return new Rectification(id, brandId, reasons, explanation, orderedOn, deadline, closing.outcome(), answers, extensions, closing);
    }

    private void requireNotClosed() {
        if (status.isClosed()) {
            throw new PlatformException(RectificationProblem.CLOSED);
        }
    }

    private void requireAnswerToDecide() {
        requireNotClosed();
        if (status != RectificationStatus.ANSWERED) {
            throw new PlatformException(RectificationProblem.NO_ANSWER_TO_DECIDE);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

package cn.dalian.laborbrand.review.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewProblem;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.casework.Reviewer;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.ConclusionRequest;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.DraftRequest;
import cn.dalian.laborbrand.review.precheck.Precheck;
import cn.dalian.laborbrand.review.precheck.PrecheckService;

/**
 * The on-site inspection of cases on behalf of their reviewers: anyone who sees a case reads its record; the district
 * bureau of the case writes it while it reviews the case (or waits for a supplement), until it concludes. The checklist
 * is made from the case's pre-check as it is now.
 */
@Service
public class InspectionService {

    /** The stages at which the district bureau inspects. */
    static final Set<ReviewStage> INSPECTING = EnumSet.of(ReviewStage.DISTRICT_REVIEW, ReviewStage.SUPPLEMENT_REQUESTED);

    /** A case's inspection as one reviewer sees it: the record, the checklist it is held against, and whether they may write it. */
    record Shown(ReviewCase reviewCase, InspectionRecord record, Checklist checklist, boolean editable) {
    }

    private final CaseworkService casework;
    private final PrecheckService prechecks;
    private final InspectionRepository records;
    private final Clock clock;

    InspectionService(CaseworkService casework, PrecheckService prechecks, InspectionRepository records, Clock clock) {
        this.casework = casework;
        this.prechecks = prechecks;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Shown show(UUID caseId, Reviewer reviewer) {
        ReviewCase reviewCase = casework.visibleCase(caseId, reviewer);
        return shown(reviewCase, currentOf(reviewCase), checklistOf(reviewCase), reviewer);
    }

    @Transactional
    Shown saveDraft(UUID caseId, Reviewer reviewer, DraftRequest request) {
        ReviewCase reviewCase = inspectedBy(caseId, reviewer);
        Checklist checklist = checklistOf(reviewCase);
        InspectionRecord saved = records.save(currentOf(reviewCase).saveDraft(request, checklist, openedOn(reviewCase),
                ChineseDates.today(clock), reviewer.username(), clock.instant()).state());
        return shown(reviewCase, saved, checklist, reviewer);
    }

    @Transactional
    Shown conclude(UUID caseId, Reviewer reviewer, ConclusionRequest request) {
        ReviewCase reviewCase = inspectedBy(caseId, reviewer);
        Checklist checklist = checklistOf(reviewCase);
        InspectionRecord concluded = records.save(currentOf(reviewCase).conclude(request, checklist, reviewer.username(), clock.instant())
                .state());
        return shown(reviewCase, concluded, checklist, reviewer);
    }

    /** A case's record as saved, for documents made of it (the city submission package); empty when nothing was saved. */
    @Transactional(readOnly = true)
    public Optional<InspectionRecord> recordOf(ReviewCase reviewCase) {
        return records.find(reviewCase.id());
    }

    /** The case, if the reviewer is its district bureau and it is at a stage the district inspects at. */
    private ReviewCase inspectedBy(UUID caseId, Reviewer reviewer) {
        ReviewCase reviewCase = casework.visibleCase(caseId, reviewer);
        if (reviewer.scope().district().isEmpty()) {
            throw PlatformException.forbidden("实地查验记录由申报单位所在地区的区人社部门填写。");
        }
        if (!INSPECTING.contains(reviewCase.stage())) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE,
                    "该申报当前处于「" + reviewCase.stage().label() + "」阶段，实地查验记录只能在区级初审或待补充材料期间填写。");
        }
        return reviewCase;
    }

    private static Shown shown(ReviewCase reviewCase, InspectionRecord record, Checklist checklist, Reviewer reviewer) {
        boolean editable = reviewer.scope().district().isPresent() && INSPECTING.contains(reviewCase.stage()) && !record.concluded();
        return new Shown(reviewCase, record, checklist, editable);
    }

    private InspectionRecord currentOf(ReviewCase reviewCase) {
        return records.find(reviewCase.id()).orElseGet(() -> InspectionRecord.blank(reviewCase.id()));
    }

    private Checklist checklistOf(ReviewCase reviewCase) {
        return Checklist.of(prechecks.of(reviewCase.applicationId()).map(Precheck::result), reviewCase.requestedLevels());
    }

    /** The day the case opened, in Dalian: no inspection is dated before it. */
    static LocalDate openedOn(ReviewCase reviewCase) {
        return LocalDate.ofInstant(reviewCase.openedAt(), ChineseDates.DALIAN);
    }
}

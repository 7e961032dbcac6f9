package cn.dalian.laborbrand.review.objection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.CaseAction;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewOffice;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.casework.Reviewer;
import cn.dalian.laborbrand.review.publicity.PublicNotice;
import cn.dalian.laborbrand.review.publicity.PublicityService;

/**
 * Objections during the notice: the public lodges them against a listed brand; the district bureau investigates and
 * resolves each once; an upheld one rejects the case or withdraws its city-level recommendation. While a case has an
 * objection open, its notice's closing does not forward it ({@link OpenObjections}).
 */
@Service
public class ObjectionService {

    private static final int RECEIPT_DRAWS = 5;
    /** Who the history names for an objection from the public: nobody by name. */
    static final String PUBLIC = "public";

    private final ObjectionRepository objections;
    private final PublicityService publicity;
    private final CaseworkService casework;
    private final EventOutbox outbox;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    ObjectionService(ObjectionRepository objections, PublicityService publicity, CaseworkService casework, EventOutbox outbox, Clock clock) {
        this.objections = objections;
        this.publicity = publicity;
        this.casework = casework;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A lodged objection and the query code its person keeps (shown once, never stored). */
    record Lodged(Objection objection, String queryCode) {
    }

    /**
     * Lodges an objection against a brand on a notice that runs today. The brand's list entry is locked meanwhile, so that
     * the closing either sees the objection or has forwarded the case before, and then the objection is refused.
     */
    @Transactional
    Lodged lodge(UUID noticeId, UUID entryId, Objection.Objector objector, String content) {
        PublicNotice notice = publicity.notice(noticeId);
        LocalDate today = ChineseDates.today(clock);
        Receipt receipt = Receipt.issue(today, random);
        Objection objection = Objection.lodge(UUID.randomUUID(), receipt, notice, entryId, objector, content, today, clock.instant());
        if (!publicity.lockOpenEntry(objection.entryId())) {
            throw new PlatformException(ObjectionProblem.NOTICE_ENDED);
        }
        if (objections.exists(objection.entryId(), objection.contentDigest())) {
            throw new PlatformException(ObjectionProblem.DUPLICATE_OBJECTION);
        }
        for (int draw = 1; !objections.insert(objection); draw++) {
            if (draw == RECEIPT_DRAWS) {
                throw new IllegalStateException("no free receipt number after " + RECEIPT_DRAWS + " draws");
            }
            receipt = Receipt.issue(today, random);
            objection = objection.under(receipt);
        }
        outbox.publish(objection.lodgedEvent(casework.byId(objection.caseId())));
        // the history says an objection arrived, never who sent it
        casework.recordInHistory(objection.caseId(), CaseAction.OBJECTION_LODGED, PUBLIC,
                "受理编号 " + objection.receiptNumber() + "，区人社部门调查核实期间暂缓报送市级。");
        return new Lodged(objection, receipt.queryCode());
    }

    /** An objection as its receipt and query code show it; a wrong code answers as an unknown receipt does. */
    @Transactional(readOnly = true)
    Objection byReceipt(String receiptNumber, String queryCode) {
        return objections.findByReceipt(receiptNumber).filter(objection -> objection.answersTo(queryCode))
                .orElseThrow(() -> PlatformException.notFound("受理编号或查询码不正确，请核对后重新输入。"));
    }

    /** The district's objections, oldest first. */
    @Transactional(readOnly = true)
    Page<Objection> ofDistrict(Reviewer reviewer, Optional<ObjectionStatus> status, PageQuery page) {
        String district = reviewer.scope().district()
                .orElseThrow(() -> PlatformException.forbidden("异议由公示的区人社部门办理；市级人员请在案件中查看。"));
        return objections.findInDistrict(district, status, page);
    }

    /** An objection whose case the reviewer may see (a city reviewer: once the case was forwarded). */
    @Transactional(readOnly = true)
    Objection visible(UUID id, Reviewer reviewer) {
        Objection objection = objections.find(id).orElseThrow(ObjectionService::notFound);
        try {
            casework.visibleCase(objection.caseId(), reviewer);
        } catch (PlatformException outOfScope) {
            throw notFound();
        }
        return objection;
    }

    @Transactional(readOnly = true)
    List<Objection> ofCase(UUID caseId, Reviewer reviewer) {
        return objections.findByCase(casework.visibleCase(caseId, reviewer).id());
    }

    @Transactional(readOnly = true)
    List<InvestigationNote> notesOf(Objection objection) {
        return objections.notes(objection.id());
    }

    /** Records what the district found out; the objection is under investigation from the first note. */
    @Transactional
    Objection investigate(UUID id, Reviewer reviewer, String note) {
        Objection investigated = visible(id, reviewer).investigated();
        objections.update(investigated);
        objections.addNote(id, new InvestigationNote(note.strip(), reviewer.username(), clock.instant()));
        return investigated;
    }

    /**
     * The district's decision on an objection, once. Upheld: the case is rejected (the brand leaves the list) or its
     * city-level recommendation withdrawn; dismissed: the case goes on, forwarded by the next closing once nothing else
     * holds it. A case already rejected meanwhile keeps its state: the decision is recorded all the same. The reviewer who
     * decided the case at district level cannot resolve it ({@link Objection#resolve}).
     */
    @Transactional
    Objection resolve(UUID id, Reviewer reviewer, ObjectionOutcome outcome, String finding) {
        Objection objection = visible(id, reviewer);
        ReviewCase reviewCase = casework.visibleCase(objection.caseId(), reviewer);
        Instant at = clock.instant();
        Objection resolved = objection.resolve(outcome, finding, reviewCase, reviewer.username(), at);
        if (reviewCase.stage() == ReviewStage.PUBLICITY) {
            switch (outcome) {
                case UPHELD_REJECTED -> {
                    casework.store(reviewCase.reject(ReviewOffice.DISTRICT, "公示期间收到异议，经调查核实：" + resolved.finding(),
                            reviewer.username(), at));
                    publicity.withdrawFromNotice(reviewCase.id());
                }
                case UPHELD_LEVEL_WITHDRAWN -> publicity.changeListedLevels(reviewCase.id(),
                        casework.store(reviewCase.withdrawCityRecommendation(resolved.finding(), reviewer.username(), at)).noticeLevels());
                case DISMISSED ->
                    // the case goes on: the closing forwards it once its notice has ended and no other objection is open
                    casework.recordInHistory(reviewCase.id(), CaseAction.OBJECTION_DISMISSED, reviewer.username(),
                            "受理编号 " + resolved.receiptNumber() + "：" + resolved.finding());
            }
        }
        objections.update(resolved);
        outbox.publish(resolved.resolvedEvent(reviewCase));
        return resolved;
    }

    private static PlatformException notFound() {
        return PlatformException.notFound("未找到该异议，或它不在您的职责范围内。");
    }
}

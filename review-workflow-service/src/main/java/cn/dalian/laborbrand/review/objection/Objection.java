package cn.dalian.laborbrand.review.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ObjectionResolved;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.WrittenReason;
import cn.dalian.laborbrand.review.publicity.NoticeEntry;
import cn.dalian.laborbrand.review.publicity.PublicNotice;

/**
 * An objection (异议) a member of the public lodged against a listed brand during its notice: received, investigated by
 * the district bureau, resolved once with an outcome and a finding. While it is open, the brand's case is not forwarded.
 *
 * @param queryCodeHash the digest of the query code the person got with the receipt number (the code itself is never kept)
 * @param contentDigest the content's digest, white space left out: the same text twice against one brand is one objection
 */
public record Objection(UUID id, String receiptNumber, String queryCodeHash, UUID noticeId, UUID entryId, UUID caseId, String district,
        String brandName, String unitName, Objector objector, String content, String contentDigest, ObjectionStatus status,
        ObjectionOutcome outcome, String finding, Instant lodgedAt, String resolvedBy, Instant resolvedAt, int version) {

    public static final int MIN_CONTENT = 20;
    public static final int MAX_CONTENT = 2000;

    /** The person who objected: real-name, with a contact to be told the outcome. */
    public record Objector(String name, Contact contact) {

        public Objector {
            Objects.requireNonNull(name);
            Objects.requireNonNull(contact);
        }
    }

    /**
     * An objection against a brand on a notice, lodged on a day: only while the notice runs, and only against a brand
     * still on its list.
     */
    public static Objection lodge(UUID id, Receipt receipt, PublicNotice notice, UUID entryId, Objector objector, String content,
            LocalDate today, Instant at) {
        NoticeEntry entry = notice.entry(entryId).orElseThrow(() -> PlatformException.notFound("该公示的名单中没有这个劳务品牌。"));
        if (today.isBefore(notice.startsOn())) {
            throw new PlatformException(ObjectionProblem.NOTICE_NOT_STARTED,
                    "该公示自" + ChineseDates.format(notice.startsOn()) + "起公示，公示开始后方可提出异议。");
        }
        if (today.isAfter(notice.endsOn())) {
            throw new PlatformException(ObjectionProblem.NOTICE_ENDED, "该公示已于" + ChineseDates.format(notice.endsOn()) + "结束，不再受理异议。");
        }
        if (entry.isWithdrawn()) {
            throw new PlatformException(ObjectionProblem.BRAND_NOT_LISTED);
        }
        String text = content == null ? "" : content.strip();
        int length = text.codePointCount(0, text.length());
        if (length < MIN_CONTENT || length > MAX_CONTENT) {
            throw new PlatformException(ObjectionProblem.CONTENT_LENGTH, "异议内容应为 " + MIN_CONTENT + " 至 " + MAX_CONTENT
                    + " 个字，写明具体事实和理由（现为 " + length + " 个字）。").with("field", "content");
        }
        return new Objection(id, receipt.number(), receipt.queryCodeHash(), notice.id(), entry.id(), entry.caseId(), entry.district(),
                entry.brandName(), entry.unitName(), objector, text, digest(text), ObjectionStatus.RECEIVED, null, null, at, null, null, 0);
    }

    /** The same objection under another receipt (the number drawn was taken). */
    Objection under(Receipt receipt) {
        return new Objection(id, receipt.number(), receipt.queryCodeHash(), noticeId, entryId, caseId, district, brandName, unitName, objector,
                content, contentDigest, status, outcome, finding, lodgedAt, resolvedBy, resolvedAt, version);
    }

    /** The district has started to look into it (a note was recorded); a resolved objection takes no more notes. */
    public Objection investigated() {
        requireOpen();
        return with(ObjectionStatus.INVESTIGATING, null, null, null, null);
    }

    /**
     * The district's decision, once: the finding is what the unit and the person who objected read. Nobody judges an
     * objection to their own decision: whoever decided the case at district level cannot resolve it.
     */
    public Objection resolve(ObjectionOutcome decided, String writtenFinding, ReviewCase reviewCase, String actor, Instant at) {
        requireOpen();
        if (reviewCase.decidedAtDistrictBy(actor)) {
            throw new PlatformException(ObjectionProblem.SAME_PERSON_DECIDED);
        }
        Objects.requireNonNull(decided);
        return with(ObjectionStatus.RESOLVED, decided, WrittenReason.require(writtenFinding, "调查核实结论"), actor, at);
    }

    public boolean isOpen() {
        return status != ObjectionStatus.RESOLVED;
    }

    /** Whether the receipt's query code is this objection's. */
    public boolean answersTo(String queryCode) {
        return Digests.same(queryCodeHash, Receipt.hashOf(receiptNumber, queryCode));
    }

    /** Carries nothing of the person who objected. */
    public OutgoingEvent<ObjectionLodged> lodgedEvent(ReviewCase reviewCase) {
        return ReviewEvents.OBJECTION_LODGED.about(caseId, new ObjectionLodged(id, caseId, reviewCase.applicationId(), reviewCase.orgId(),
                district, brandName, lodgedAt));
    }

    public OutgoingEvent<ObjectionResolved> resolvedEvent(ReviewCase reviewCase) {
        return ReviewEvents.OBJECTION_RESOLVED.about(caseId, new ObjectionResolved(id, caseId, reviewCase.applicationId(), reviewCase.orgId(),
                district, brandName, outcome.name(), finding, resolvedBy, resolvedAt));
    }

    /** The content's digest, white space left out (Chinese text has none that means anything). */
    static String digest(String content) {
        return Digests.sha256(content.replaceAll("\\s+", ""));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new PlatformException(ObjectionProblem.ALREADY_RESOLVED, "该异议已于" + ChineseDates.format(LocalDate.ofInstant(resolvedAt, ChineseDates.DALIAN)) + "办结（" + outcome.label() + "），不能再次处理。");
        }
    }

    private Objection with(ObjectionStatus next, ObjectionOutcome decided, String writtenFinding, String actor, Instant at) {
        return new Objection(id, receiptNumber, queryCodeHash, noticeId, entryId, caseId, district, brandName, unitName, objector, content,
                contentDigest, next, decided, writtenFinding, lodgedAt, actor, at, version);
    }
}

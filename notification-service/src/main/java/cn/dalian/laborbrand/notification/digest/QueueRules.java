package cn.dalian.laborbrand.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.registry.RectificationAnswered;
import cn.dalian.laborbrand.contracts.registry.RectificationClosed;
import cn.dalian.laborbrand.contracts.registry.RectificationExtended;
import cn.dalian.laborbrand.contracts.registry.RectificationOrdered;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ObjectionResolved;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/** What each event changes in the bureaus' queues; an event not listed here changes nothing. */
final class QueueRules {

    private QueueRules() {
    }

    static List<QueueChange> changesFor(Object event) {
        List<QueueChange> changes = new ArrayList<>();
        switch (event) {
            case ApplicationSubmitted submitted -> changes.add(districtReview(submitted));
            // the unit answered the district's request: the case waits for the district again, from the day it came back
            case ApplicationResubmitted resubmitted -> changes.add(districtReview(resubmitted.application()));
            // the case waits for the unit now, not for the district
            case SupplementRequested asked -> changes.add(new QueueChange.Close(asked.applicationId(), Task.DISTRICT_REVIEW));
            case DistrictDecisionMade decided -> changes.add(new QueueChange.Close(decided.applicationId(), Task.DISTRICT_REVIEW));
            case ApplicationWithdrawn withdrawn -> changes.add(new QueueChange.CloseAll(withdrawn.applicationId()));
            case ApplicationRejected rejected -> changes.add(new QueueChange.CloseAll(rejected.applicationId()));
            case ObjectionLodged lodged -> changes.add(new QueueChange.Open(new QueueItem(lodged.objectionId(), Task.OBJECTION_INVESTIGATION,
                    lodged.district(), lodged.applicationId(), lodged.orgId(), null, lodged.brandName(), day(lodged.lodgedAt()), null)));
            case ObjectionResolved resolved -> changes.add(new QueueChange.Close(resolved.objectionId(), Task.OBJECTION_INVESTIGATION));
            case PublicityStarted started -> changes.add(new QueueChange.Open(new QueueItem(started.applicationId(), Task.PUBLICITY_END,
                    started.district(), started.applicationId(), started.orgId(), started.unitName(), started.brandName(), started.startsOn(),
                    started.endsOn())));
            case PublicityEnded ended -> {
                changes.add(new QueueChange.Close(ended.applicationId(), Task.PUBLICITY_END));
                if (ended.forwardedToCity()) {
                    changes.add(new QueueChange.Open(new QueueItem(ended.applicationId(), Task.CITY_REVIEW, QueueItem.CITY,
                            ended.applicationId(), ended.orgId(), null, ended.brandName(), ended.endedOn(), null)));
                }
            }
            case BrandCertified certified -> changes.add(new QueueChange.Close(certified.applicationId(), Task.CITY_REVIEW));
            case RectificationOrdered ordered -> changes.add(new QueueChange.Open(new QueueItem(ordered.rectificationId(),
                    Task.RECTIFICATION_DEADLINE, ordered.district(), null, ordered.orgId(), ordered.unitName(), ordered.brandName(),
                    ordered.orderedOn(), ordered.deadline())));
            case RectificationAnswered answered -> changes.add(new QueueChange.Open(new QueueItem(answered.rectificationId(),
                    Task.RECTIFICATION_ANSWER_REVIEW, answered.district(), null, answered.orgId(), null, answered.brandName(),
                    answered.answeredOn(), null)));
            case RectificationExtended extended -> {
                changes.add(new QueueChange.Close(extended.rectificationId(), Task.RECTIFICATION_ANSWER_REVIEW));
                changes.add(new QueueChange.Reschedule(extended.rectificationId(), Task.RECTIFICATION_DEADLINE, extended.newDeadline()));
            }
            case RectificationClosed closed -> changes.add(new QueueChange.CloseAll(closed.rectificationId()));
            default -> {
            }
        }
        return List.copyOf(changes);
    }

    private static QueueChange districtReview(ApplicationSubmitted application) {
        return new QueueChange.Open(new QueueItem(application.applicationId(), Task.DISTRICT_REVIEW, application.district(),
                application.applicationId(), application.orgId(), application.unitName(), application.brandName(),
                day(application.submittedAt()), null));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ChineseDates.DALIAN);
    }
}

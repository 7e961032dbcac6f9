package cn.dalian.laborbrand.notification.digest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** Events as the intake and review services publish them, about 大连金港人力资源服务有限公司 in 甘井子区. */
final class QueueSamples {

    static final String ORG = "912102440580649631";
    static final String UNIT = "大连金港人力资源服务有限公司";
    static final String GANJINGZI = "210211";

    private QueueSamples() {
    }

    static ApplicationSubmitted submitted(UUID application, String district, String brand, Instant at) {
        return new ApplicationSubmitted(application, "2022", ORG, UNIT, district, brand, UnitType.HR_SERVICE_AGENCY,
                Set.of(BrandLevel.CITY, BrandLevel.DISTRICT),
                List.of(new ApplicationSubmitted.DeclaredYear(2022, 1280, new BigDecimal("88.2"), 1190, new BigDecimal("65.4"), 0, 0)),
                new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false),
                "applicant-a", at, null, null, null, null);
    }

    static ApplicationResubmitted resubmitted(UUID application, String brand, Instant at) {
        return new ApplicationResubmitted(application, 1, Set.of(ApplicationPart.DECLARED_YEARS), submitted(application, GANJINGZI, brand, at));
    }

    static PublicityStarted publicityStarted(UUID application, String brand, LocalDate startsOn, LocalDate endsOn) {
        return new PublicityStarted(UUID.randomUUID(), application, ORG, UNIT, GANJINGZI, brand, Set.of(BrandLevel.DISTRICT), startsOn, endsOn, 5);
    }

    static PublicityEnded publicityEnded(UUID application, String brand, LocalDate endedOn, boolean forwarded) {
        return new PublicityEnded(UUID.randomUUID(), application, ORG, GANJINGZI, brand, endedOn, forwarded);
    }

    static ObjectionLodged objectionLodged(UUID objection, UUID application, String brand, Instant at) {
        return new ObjectionLodged(objection, UUID.randomUUID(), application, ORG, GANJINGZI, brand, at);
    }
}

package cn.dalian.laborbrand.platform.starter.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** 大连金港人力资源服务有限公司's submission, for the starter's own tests (platform-test depends on the starter's users, not on it). */
final class SampleSubmission {

    private SampleSubmission() {
    }

    static ApplicationSubmitted payload() {
        return new ApplicationSubmitted(UUID.randomUUID(), "2022", "912102440580649631", "大连金港人力资源服务有限公司", "210211",
                "大连甘井子金港家政服务师劳务品牌", UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.DISTRICT),
                List.of(new ApplicationSubmitted.DeclaredYear(2021, 1120, new BigDecimal("86.5"), 1050, new BigDecimal("62"), 0, 0)),
                new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false), "applicant-a",
                Instant.parse("2022-11-15T02:30:00Z"), null, null, null, null);
    }
}

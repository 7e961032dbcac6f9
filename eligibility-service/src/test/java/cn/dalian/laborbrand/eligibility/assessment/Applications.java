package cn.dalian.laborbrand.eligibility.assessment;

import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Variations of {@code SampleEvents.applicationSubmitted}: the same application in another campaign, with other figures or its roster. */
final class Applications {

    /**
     * 大连金港人力资源服务有限公司's roster as application-service counts it, for the figures {@code SampleEvents} declares
     * (2021: 1120 trained, 1050 employed; 2022: 1280 trained, 1190 employed): fewer people in both years than declared,
     * the pass rates and special-training shares as declared.
     */
    static ApplicationSubmitted.RosterSummary jingangRoster(int sharedWorkers) {
        return new ApplicationSubmitted.RosterSummary(UUID.fromString("5b8e2f0c-7a41-4d3e-9c61-2f0a8d7e4b19"),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 2480,
                List.of(new ApplicationSubmitted.RosterYear(2021, 1190, 1108, 958, 1046, 655, 12, 40, 0),
                        new ApplicationSubmitted.RosterYear(2022, 1290, 1261, 1112, 1180, 772, 14, 15, 3)), sharedWorkers);
    }

    private Applications() {
    }

    static ApplicationSubmitted inCampaign(ApplicationSubmitted a, String campaign) {
        return new ApplicationSubmitted(a.applicationId(), campaign, a.orgId(), a.unitName(), a.district(), a.brandName(), a.unitType(),
                a.requestedLevels(), a.declaredYears(), a.labourPractice(), a.submittedBy(), a.submittedAt(), a.cityBrandName(),
                a.description(), a.unit(), a.roster());
    }

    static ApplicationSubmitted withYears(ApplicationSubmitted a, ApplicationSubmitted.DeclaredYear... years) {
        return new ApplicationSubmitted(a.applicationId(), a.campaign(), a.orgId(), a.unitName(), a.district(), a.brandName(),
                a.unitType(), a.requestedLevels(), List.of(years), a.labourPractice(), a.submittedBy(), a.submittedAt(),
                a.cityBrandName(), a.description(), a.unit(), a.roster());
    }

    static ApplicationSubmitted withRoster(ApplicationSubmitted a, ApplicationSubmitted.RosterSummary roster) {
        return new ApplicationSubmitted(a.applicationId(), a.campaign(), a.orgId(), a.unitName(), a.district(), a.brandName(),
                a.unitType(), a.requestedLevels(), a.declaredYears(), a.labourPractice(), a.submittedBy(), a.submittedAt(),
                a.cityBrandName(), a.description(), a.unit(), roster);
    }

    /** The application as application-service wrote it before ApplicationSubmitted 1.2: version 1.1, no roster field at all. */
    static String messageAtVersion11(ApplicationSubmitted a) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode envelope = (ObjectNode) json.readTree(SampleEvents.message(ApplicationEvents.SUBMITTED, withRoster(a, null)));
        envelope.put("schemaVersion", "1.1");
        ((ObjectNode) envelope.get("payload")).remove("roster");
        return json.writeValueAsString(envelope);
    }
}

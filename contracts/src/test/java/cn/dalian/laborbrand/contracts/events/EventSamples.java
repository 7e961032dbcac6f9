package cn.dalian.laborbrand.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEntitlementCreated;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** One payload of every event type, as its producer builds it for 大连金港人力资源服务有限公司's application. */
final class EventSamples {

    static final UUID APPLICATION = UUID.fromString("6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70");
    static final UUID CASE = UUID.fromString("7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081");
    static final UUID BRAND = UUID.fromString("8c3f2e50-7d4f-4a01-9c32-4d5e6f708192");
    static final String ORG = "912102440580649631";
    static final String UNIT = "大连金港人力资源服务有限公司";
    static final String BRAND_NAME = "大连甘井子金港家政服务师劳务品牌";

    static final Map<EventDefinition<?>, Object> PAYLOADS = Map.of(
            ApplicationEvents.SUBMITTED, new ApplicationSubmitted(APPLICATION, "2022", ORG, UNIT, "210211", BRAND_NAME,
                    UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
                    List.of(new ApplicationSubmitted.DeclaredYear(2021, 1120, new BigDecimal("86.5"), 1050, new BigDecimal("62.0"), 0, 0),
                            new ApplicationSubmitted.DeclaredYear(2022, 1280, new BigDecimal("88.2"), 1190, new BigDecimal("65.4"), 1, 0)),
                    new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false),
                    "applicant-a", Instant.parse("2022-11-15T02:30:00Z")),
            EligibilityEvents.ASSESSED, new EligibilityAssessed(APPLICATION, "2022", ORG, "210211", "2022/v1",
                    List.of(new EligibilityAssessed.LevelResult(BrandLevel.CITY, true, List.of(
                            new EligibilityAssessed.CriterionResult("TRAINED_COUNT", "培训人数", 2021, true, "1120 人", "≥ 1000 人",
                                    "2021 年培训 1120 人，达到市级标准（≥ 1000 人）。"),
                            new EligibilityAssessed.CriterionResult("COLLECTIVE_CONTRACT", "劳动规章制度健全，建立集体协商和集体合同制度",
                                    null, true, "是", "须具备", "已建立集体协商和集体合同制度。")))),
                    Set.of(BrandLevel.CITY),
                    List.of(new EligibilityAssessed.RiskFlag("LOST_DISPUTE_CASES", "2022 年有 1 件劳动人事争议败诉案件，需评审人员书面研判。", false)),
                    Instant.parse("2022-11-15T02:30:02Z")),
            ReviewEvents.DISTRICT_DECISION_MADE, new DistrictDecisionMade(CASE, APPLICATION, ORG, "210211", BRAND_NAME, true, true,
                    "材料齐全，实地查验属实，推荐申报市级。", "reviewer-ganjingzi", Instant.parse("2022-11-18T06:00:00Z")),
            ReviewEvents.PUBLICITY_STARTED, new PublicityStarted(CASE, APPLICATION, ORG, UNIT, "210211", BRAND_NAME,
                    Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), LocalDate.of(2022, 11, 21), LocalDate.of(2022, 11, 25), 5),
            ReviewEvents.PUBLICITY_ENDED, new PublicityEnded(CASE, APPLICATION, ORG, "210211", BRAND_NAME, LocalDate.of(2022, 11, 25), true),
            ReviewEvents.BRAND_CERTIFIED, new BrandCertified(BRAND, CASE, APPLICATION, "2022", ORG, UNIT, "210211", BRAND_NAME,
                    BrandLevel.CITY, LocalDate.of(2022, 12, 20), "leading-group"),
            RegistryEvents.BRAND_REGISTERED, new BrandRegistered(BRAND, APPLICATION, ORG, UNIT, "210211", BRAND_NAME, BrandLevel.CITY,
                    "DL-LB-2022-CITY-0001", LocalDate.of(2022, 12, 20)),
            SubsidyEvents.ENTITLEMENT_CREATED, new SubsidyEntitlementCreated(UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3"),
                    BRAND, APPLICATION, ORG, UNIT, BRAND_NAME, BrandLevel.CITY, 5_000_000L, Instant.parse("2022-12-20T08:00:00Z")));

    private EventSamples() {
    }

    static <P> EventEnvelope<P> envelope(EventDefinition<P> definition, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), definition.type(), definition.version(),
                Instant.parse("2022-11-15T02:30:00Z"), "test-producer", APPLICATION.toString(), "spa-20221115-0001", payload);
    }

    @SuppressWarnings("unchecked")
    static <P> P payloadOf(EventDefinition<P> definition) {
        return (P) PAYLOADS.get(definition);
    }
}

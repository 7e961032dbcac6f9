package cn.dalian.laborbrand.platform.test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.BrandExited;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.registry.RectificationClosed;
import cn.dalian.laborbrand.contracts.registry.RectificationOrdered;
import cn.dalian.laborbrand.contracts.registry.RectificationReminderDue;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ObjectionResolved;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * Event payloads as their producers send them about 大连金港人力资源服务有限公司 (甘井子区), a new
 * application or brand each time, for the tests of the services that consume them.
 */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** An application above the city bar in both declared years. */
    public static ApplicationSubmitted applicationSubmitted(Set<BrandLevel> levels) {
        return new ApplicationSubmitted(UUID.randomUUID(), "2022", "912102440580649631", "大连金港人力资源服务有限公司", "210211",
                "大连甘井子金港家政服务师劳务品牌", UnitType.HR_SERVICE_AGENCY, levels,
                List.of(new ApplicationSubmitted.DeclaredYear(2021, 1120, new BigDecimal("86.5"), 1050, new BigDecimal("62"), 0, 0),
                        new ApplicationSubmitted.DeclaredYear(2022, 1280, new BigDecimal("88.2"), 1190, new BigDecimal("65.4"), 0, 0)),
                new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false),
                "applicant-a", Instant.now(), null, null, null, null);
    }

    /** Its pre-check: district level met; with an unfinished rectification when {@code blocking}. */
    public static EligibilityAssessed eligibilityAssessed(UUID applicationId, boolean blocking) {
        return new EligibilityAssessed(applicationId, "2022", "912102440580649631", "210211", "2022/v1",
                List.of(new EligibilityAssessed.LevelResult(BrandLevel.DISTRICT, true, List.of(
                        new EligibilityAssessed.CriterionResult("TRAINED_COUNT", "培训人数", 2021, true, "1120 人", "≥ 500 人",
                                "2021 年培训人数 1120 人，达到区级标准（≥ 500 人）。", null, null)))),
                Set.of(BrandLevel.DISTRICT),
                blocking ? List.of(new EligibilityAssessed.RiskFlag("UNFINISHED_RECTIFICATION",
                        "2022 年有 1 项劳动监察部门责令整改未完成事项，整改完成前不能认定。", true)) : List.of(),
                Instant.now(), "DECLARED");
    }

    /** Each registered brand its own certificate number, by which the messages about it are found. */
    private static final AtomicInteger CERTIFICATES = new AtomicInteger(100_000 + new Random().nextInt(800_000));

    /** A new payload of the event type, about a new subject, as its producer sends it. */
    @SuppressWarnings("unchecked")
    public static <P> P fresh(EventDefinition<P> event) {
        Object payload = switch (event.type()) {
            case "ApplicationSubmitted" -> applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
            case "EligibilityAssessed" -> eligibilityAssessed(UUID.randomUUID(), false);
            case "BrandCertified" -> brandCertified(BrandLevel.CITY);
            case "BrandRegistered" -> brandRegistered(BrandLevel.CITY);
            case "SubsidyDisbursed" -> subsidyDisbursed(UUID.randomUUID(), CertificationLevel.CITY, 5_000_000L);
            default -> throw new IllegalArgumentException("no sample of " + event.type() + " yet: add one here");
        };
        return (P) payload;
    }

    /** The 2022 campaign as application-service publishes it (大就办发〔2022〕9号): 2021 and 2022, 5-working-day notices. */
    public static CampaignPublished campaign2022(int version) {
        return new CampaignPublished("2022", "2022年度劳务品牌申报认定", "大就办发〔2022〕9号", List.of(2021, 2022), LocalDate.of(2022, 11, 10),
                LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 2), 5, version);
    }

    /** The subject (Kafka key) its producer gives the event: the aggregate the payload is about. */
    public static String subjectOf(Object payload) {
        return switch (payload) {
            case ApplicationSubmitted submitted -> submitted.applicationId().toString();
            case EligibilityAssessed assessed -> assessed.applicationId().toString();
            case BrandCertified certified -> certified.caseId().toString();
            case BrandRegistered registered -> registered.brandId().toString();
            case ProvincialCertificationRecorded recorded -> recorded.brandId().toString();
            case BrandExited exited -> exited.brandId().toString();
            case RectificationOrdered ordered -> ordered.brandId().toString();
            case RectificationClosed closed -> closed.brandId().toString();
            case RectificationReminderDue due -> due.brandId().toString();
            case ApplicationResubmitted resubmitted -> resubmitted.applicationId().toString();
            case ApplicationWithdrawn withdrawn -> withdrawn.applicationId().toString();
            case CampaignPublished campaign -> campaign.code();
            case SupplementRequested requested -> requested.caseId().toString();
            case DistrictDecisionMade decided -> decided.caseId().toString();
            case ApplicationRejected rejected -> rejected.caseId().toString();
            case ObjectionLodged lodged -> lodged.caseId().toString();
            case ObjectionResolved resolved -> resolved.caseId().toString();
            case SubsidyDisbursed disbursed -> disbursed.entitlementId().toString();
            case SubsidyPaymentFailed failed -> failed.entitlementId().toString();
            default -> throw new IllegalArgumentException("no subject known for " + payload.getClass().getSimpleName() + ": add it here");
        };
    }

    /** The event as its producer writes it to Kafka: the envelope's JSON, signed by the service that owns its topic. */
    public static <P> String message(EventDefinition<P> event, P payload) {
        return message(event, UUID.randomUUID(), payload);
    }

    /** The event as its producer writes it, with the id by which a test knows when the consumer has processed it. */
    public static <P> String message(EventDefinition<P> event, UUID eventId, P payload) {
        return new EventCodec().write(new EventEnvelope<>(eventId, event.type(), event.version(), Instant.now(), event.producer(),
                subjectOf(payload), "test-" + UUID.randomUUID(), payload));
    }

    /** A subsidy the payment system confirmed in the unit's account (到账), as subsidy-service reports it. */
    public static SubsidyDisbursed subsidyDisbursed(UUID brandId, CertificationLevel level, long amountFen) {
        UUID entitlement = UUID.randomUUID();
        return new SubsidyDisbursed(entitlement, brandId, UUID.randomUUID(), "912102440580649631", "大连金港人力资源服务有限公司",
                "大连甘井子金港家政服务师劳务品牌", level, amountFen, UUID.randomUUID(), entitlement + ":1", "DLBK20261201000123", Instant.now());
    }

    /** A brand the registry entered with a certificate number of its own. */
    public static BrandRegistered brandRegistered(BrandLevel level) {
        return new BrandRegistered(UUID.randomUUID(), UUID.randomUUID(), "912102440580649631", "大连金港人力资源服务有限公司", "210211",
                "大连甘井子金港家政服务师劳务品牌", level, "DL-LB-2022-" + level + "-" + CERTIFICATES.incrementAndGet(), LocalDate.of(2022, 12, 20));
    }

    /** A brand the leading group office certified at the level, decided on 2022-12-20. */
    public static BrandCertified brandCertified(BrandLevel level) {
        return new BrandCertified(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "2022", "912102440580649631",
                "大连金港人力资源服务有限公司", "210211", "大连甘井子金港家政服务师劳务品牌", level, LocalDate.of(2022, 12, 20),
                "leading-group");
    }
}

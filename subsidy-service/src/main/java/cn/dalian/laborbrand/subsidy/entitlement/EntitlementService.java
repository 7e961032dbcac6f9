package cn.dalian.laborbrand.subsidy.entitlement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEntitlementCreated;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/** Creates the one-time subsidy entitlement a certification brings, at most once per brand and level. */
@Service
class EntitlementService {

    private final SubsidyPolicy policy;
    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final Clock clock;

    EntitlementService(SubsidyPolicy policy, JdbcClient jdbc, EventOutbox outbox, Clock clock) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @return the new entitlement, or empty when the level carries no subsidy or the brand has its
     *         entitlement already (the database's unique constraint stands behind this check)
     */
    @Transactional
    Optional<SubsidyEntitlementCreated> entitle(BrandCertified certified) {
        Optional<Money> amount = policy.amountFor(certified.campaign(), certified.level().name());
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO entitlement (id, brand_id, application_id, org_id, unit_name, brand_name, level, amount_fen, status,
                                         created_at, version)
                VALUES (:id, :brandId, :applicationId, :orgId, :unitName, :brandName, :level, :amountFen, :status, :createdAt, 0)
                ON CONFLICT ON CONSTRAINT entitlement_once_per_brand_and_level DO NOTHING
                """)
                .param("id", id)
                .param("brandId", certified.brandId())
                .param("applicationId", certified.applicationId())
                .param("orgId", certified.orgId())
                .param("unitName", certified.unitName())
                .param("brandName", certified.brandName())
                .param("level", certified.level().name())
                .param("amountFen", amount.get().fen())
                .param("status", EntitlementStatus.CREATED.name())
                .param("createdAt", Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        var created = new SubsidyEntitlementCreated(id, certified.brandId(), certified.applicationId(), certified.orgId(),
                certified.unitName(), certified.brandName(), certified.level(), amount.get().fen(), now);
        outbox.publish(SubsidyEvents.ENTITLEMENT_CREATED, id.toString(), created);
        return Optional.of(created);
    }
}

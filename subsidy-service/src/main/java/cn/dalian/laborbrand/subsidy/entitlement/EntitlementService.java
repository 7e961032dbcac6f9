package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/** Creates the one-time subsidy entitlement a certification brings, at most once per brand and level; lists them for finance. */
@Service
class EntitlementService {

    private final SubsidyAmountRepository amounts;
    private final EntitlementRepository entitlements;
    private final EventOutbox outbox;
    private final Clock clock;

    EntitlementService(SubsidyAmountRepository amounts, EntitlementRepository entitlements, EventOutbox outbox, Clock clock) {
        this.amounts = amounts;
        this.entitlements = entitlements;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @return the new entitlement, or empty when the level carries no subsidy or the brand has its entitlement
     *         already (the database's unique constraint stands behind this check)
     * @throws IllegalStateException when the campaign has no subsidy amounts at all (the event is retried, then
     *                               waits in the dead-letter topic for the amounts and a replay)
     */
    @Transactional
    Optional<Entitlement> entitle(BrandCertified certified) {
        Optional<Money> amount = amounts.policyOf(certified.campaign()).amountFor(certified.level().name());
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Changed<Entitlement> created = Entitlement.of(UUID.randomUUID(), certified, amount.get(), clock.instant());
        if (!entitlements.insertOnce(created.state())) {
            return Optional.empty();
        }
        outbox.publish(created.events());
        return Optional.of(created.state());
    }

    @Transactional(readOnly = true)
    Page<Entitlement> list(Optional<EntitlementStatus> status, PageQuery page) {
        return entitlements.find(status, page);
    }
}

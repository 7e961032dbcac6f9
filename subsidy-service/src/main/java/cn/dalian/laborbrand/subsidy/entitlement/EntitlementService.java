package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/**
 * Creates the one-time subsidy entitlement a certification brings, at most once per brand and certification level; lists them
 * for finance; moves them through a payment batch and its payments (the batch and payment modules' way in).
 */
@Service
public class EntitlementService {

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
     * The entitlement of a Dalian certification (CITY; DISTRICT gets none).
     *
     * @return the new entitlement, or empty when the level carries no subsidy or the brand has its entitlement already
     *         (the database's unique constraint stands behind this check)
     * @throws IllegalStateException when the campaign has no subsidy amounts at all (the event is retried, then waits in
     *                               the dead-letter topic for the amounts and a replay)
     */
    @Transactional
    Optional<Entitlement> entitle(BrandCertified certified) {
        return entitle(certified.campaign(), certified.brandId(), CertificationLevel.of(certified.level()),
                amount -> Entitlement.of(UUID.randomUUID(), certified, amount, clock.instant()));
    }

    /** The entitlement of the province's certification, in the brand's campaign's provincial amount; as above. */
    @Transactional
    Optional<Entitlement> entitle(ProvincialCertificationRecorded recorded) {
        return entitle(recorded.campaign(), recorded.brandId(), CertificationLevel.PROVINCIAL,
                amount -> Entitlement.of(UUID.randomUUID(), recorded, amount, clock.instant()));
    }

    private Optional<Entitlement> entitle(String campaign, UUID brandId, CertificationLevel level, Function<Money, Changed<Entitlement>> create) {
        SubsidyPolicy policy = amounts.policyOf(campaign);
        entitlements.lockBrand(brandId);
        Optional<Money> amount = policy.amountFor(level, entitlements.levelsOf(brandId));
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Changed<Entitlement> created = create.apply(amount.get());
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

    /** The entitlements that exist among the ids, as they stand now (for a first look; {@link #hold} before changing them). */
    @Transactional(readOnly = true)
    public List<Entitlement> find(Collection<UUID> ids) {
        return entitlements.findAll(ids);
    }

    /**
     * The entitlements, held until the caller's transaction ends so that two batches cannot take one at once.
     *
     * @return those that exist, in id order (the order they were locked in)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Entitlement> hold(Collection<UUID> ids) {
        return entitlements.lock(ids);
    }

    /**
     * Moves every one of the entitlements from one status to the next (into a batch, approved, or free again), in the caller's
     * transaction.
     *
     * @throws IllegalStateException when one of them is not in {@code from}: the caller held and checked them, so this is a bug
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(Collection<UUID> ids, EntitlementStatus from, EntitlementStatus to) {
        move(ids, Set.of(from), to);
    }

    /**
     * As {@link #move(Collection, EntitlementStatus, EntitlementStatus)}, from any of the statuses (a batch takes those
     * waiting for a first payment and those whose payment failed).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(Collection<UUID> ids, Set<EntitlementStatus> from, EntitlementStatus to) {
        int moved = entitlements.move(ids, from, to);
        if (moved != ids.size()) {
            throw new IllegalStateException("%d of %d entitlements were not %s".formatted(ids.size() - moved, ids.size(), from));
        }
    }
}

package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Creates the one-time subsidy entitlement a certification brings, at most once per application and certification level (and
 * per brand and level); lists them
 * for finance; moves them through a payment batch and its payments (the batch and payment modules' way in).
 */
@Service
public class EntitlementService {

    private static final Logger log = LoggerFactory.getLogger(EntitlementService.class);

    private final SubsidyAmountRepository amounts;
    private final EntitlementRepository entitlements;
    private final EventOutbox outbox;
    private final MeterRegistry meters;
    private final Clock clock;

    EntitlementService(SubsidyAmountRepository amounts, EntitlementRepository entitlements, EventOutbox outbox, MeterRegistry meters,
            Clock clock) {
        this.amounts = amounts;
        this.entitlements = entitlements;
        this.outbox = outbox;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * The entitlement of a Dalian certification (CITY; DISTRICT gets none).
     *
     * @return the new entitlement, or empty when the level carries no subsidy or the application (or the brand) has its
     *         entitlement already, whatever brand id the certification carries (the database's unique constraints stand
     *         behind this check); the event is consumed all the same
     * @throws IllegalStateException when the campaign has no subsidy amounts at all (the event is retried, then waits in
     *                               the dead-letter topic for the amounts and a replay)
     */
    @Transactional
    Optional<Entitlement> entitle(BrandCertified certified) {
        return entitle(certified.campaign(), certified.applicationId(), certified.brandId(), CertificationLevel.of(certified.level()),
                amount -> Entitlement.of(UUID.randomUUID(), certified, amount, clock.instant()));
    }

    /** The entitlement of the province's certification, in the brand's campaign's provincial amount; as above. */
    @Transactional
    Optional<Entitlement> entitle(ProvincialCertificationRecorded recorded) {
        return entitle(recorded.campaign(), recorded.applicationId(), recorded.brandId(), CertificationLevel.PROVINCIAL,
                amount -> Entitlement.of(UUID.randomUUID(), recorded, amount, clock.instant()));
    }

    private Optional<Entitlement> entitle(String campaign, UUID applicationId, UUID brandId, CertificationLevel level,
            Function<Money, Changed<Entitlement>> create) {
        SubsidyPolicy policy = amounts.policyOf(campaign);
        entitlements.lockApplication(applicationId);
        List<Entitlement> held = entitlements.heldBy(applicationId, brandId);
        Optional<Money> amount = policy.amountFor(level, applicationId, brandId, held);
        if (amount.isEmpty()) {
            held.stream().filter(entitlement -> entitlement.level() == level && !entitlement.brandId().equals(brandId)).findFirst()
                    .ifPresent(earlier -> alreadyEntitledUnderAnotherBrand(earlier, brandId));
            return Optional.empty();
        }
        Changed<Entitlement> created = create.apply(amount.get());
        if (!entitlements.insertOnce(created.state())) {
            return Optional.empty();
        }
        outbox.publish(created.events());
        return Optional.of(created.state());
    }

    /**
     * The same certification under a new brand id: a replay or a forgery upstream, never a second payout. Kept out of the
     * retries and the dead-letter topic (nothing is wrong with the message), but logged and counted for the operator.
     */
    private void alreadyEntitledUnderAnotherBrand(Entitlement earlier, UUID brandId) {
        log.warn("application {} holds the {} entitlement {} under brand {} already; the certification naming brand {} entitles to nothing",
                earlier.applicationId(), earlier.level(), earlier.id(), earlier.brandId(), brandId);
        meters.counter("laborbrand.subsidy.certifications.already.entitled", "level", earlier.level().name()).increment();
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

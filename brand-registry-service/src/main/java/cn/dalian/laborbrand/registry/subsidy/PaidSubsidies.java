package cn.dalian.laborbrand.registry.subsidy;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;

/**
 * The subsidies paid to brands' units: recorded once per brand and level as subsidy-service reports them, read by the brand's
 * views. The reader's scope is the brand's: a caller asks only for brands it has already found in scope.
 */
@Service
public class PaidSubsidies {

    private static final Logger log = LoggerFactory.getLogger(PaidSubsidies.class);

    private final PaidSubsidyRepository paid;
    private final PaidSubsidyMapper mapper;
    private final Clock clock;

    PaidSubsidies(PaidSubsidyRepository paid, PaidSubsidyMapper mapper, Clock clock) {
        this.paid = paid;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records the payment, whether or not the brand is registered yet; a second payment of the same level changes nothing. */
    @Transactional
    void record(SubsidyDisbursed disbursed) {
        PaidSubsidy subsidy = PaidSubsidy.of(disbursed);
        if (!paid.insert(subsidy, clock.instant())) {
            // the inbox already drops a redelivered event: this is another event for a level recorded as paid
            log.warn("brand {} already has its {} subsidy recorded as paid; payment {} of entitlement {} changes nothing", subsidy.brandId(),
                    subsidy.certificationLevel(), subsidy.paymentReference(), subsidy.entitlementId());
        }
    }

    /** The subsidies paid to the brand, the city's before the province's; empty when none. */
    @Transactional(readOnly = true)
    public List<PaidSubsidyView> paidTo(UUID brandId) {
        return paidTo(List.of(brandId)).getOrDefault(brandId, List.of());
    }

    /** The subsidies paid to each of the brands that has any (one query for a page of brands). */
    @Transactional(readOnly = true)
    public Map<UUID, List<PaidSubsidyView>> paidTo(Collection<UUID> brandIds) {
        return paid.findByBrands(brandIds).stream().collect(Collectors.groupingBy(PaidSubsidy::brandId,
                Collectors.mapping(mapper::toView, Collectors.toList())));
    }
}

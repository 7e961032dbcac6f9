package cn.dalian.laborbrand.registry.registration;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/** A certified brand enters the registry with its certificate number, and the others hear of it. */
@Service
class RegistrationService {

    private final RegistrationRepository registry;
    private final EventOutbox outbox;
    private final Clock clock;

    RegistrationService(RegistrationRepository registry, EventOutbox outbox, Clock clock) {
        this.registry = registry;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers the brand once: a brand already in the registry keeps its number. */
    @Transactional
    Optional<BrandRegistered> register(BrandCertified certified) {
        if (registry.isRegistered(certified.brandId())) {
            return Optional.empty();
        }
        String number = CertificateNumber.of(certified.campaign(), certified.level(),
                registry.nextSequence(certified.campaign(), certified.level()));
        registry.insert(certified, number, clock.instant());
        var registered = new BrandRegistered(certified.brandId(), certified.applicationId(), certified.orgId(), certified.unitName(),
                certified.district(), certified.brandName(), certified.level(), number, certified.decisionDate());
        outbox.publish(RegistryEvents.BRAND_REGISTERED, certified.brandId().toString(), registered);
        return Optional.of(registered);
    }
}

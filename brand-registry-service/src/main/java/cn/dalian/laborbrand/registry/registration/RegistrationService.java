package cn.dalian.laborbrand.registry.registration;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandService;
import cn.dalian.laborbrand.registry.certificate.CertificateService;
import cn.dalian.laborbrand.registry.feed.RegistryPublisher;
import cn.dalian.laborbrand.registry.resources.ResourceLibrary;

/** A certified brand enters the registry with its certificate number and the resource library, and the others hear of it. */
@Service
class RegistrationService {

    private final CertificateSequence sequence;
    private final BrandService brands;
    private final CertificateService certificates;
    private final ResourceLibrary resources;
    private final RegistryPublisher publisher;
    private final Clock clock;

    RegistrationService(CertificateSequence sequence, BrandService brands, CertificateService certificates, ResourceLibrary resources,
            RegistryPublisher publisher, Clock clock) {
        this.sequence = sequence;
        this.brands = brands;
        this.certificates = certificates;
        this.resources = resources;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Registers the brand once: a brand already in the registry keeps its number. */
    @Transactional
    Optional<Brand> register(BrandCertified certified) {
        if (brands.isRegistered(certified.brandId())) {
            return Optional.empty();
        }
        String number = CertificateNumber.of(certified.campaign(), certified.level(), sequence.next(certified.campaign(), certified.level()));
        Changed<Brand> registered = Brand.register(certified, number, clock.instant());
        brands.add(registered.state());
        certificates.recordFirstIssue(registered.state());
        publisher.publish(registered.events());
        // after BrandRegistered, so that the feed shows the brand before its profile
        resources.enter(registered.state());
        return Optional.of(registered.state());
    }
}

package cn.dalian.laborbrand.registry.certificate;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandService;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

/** Certificates: the holder's and staff's download, the public verification, and reissues under the same number. */
@Service
public class CertificateService {

    /**
     * The shape of the numbers registration gives ({@code DL-LB-2022-CITY-0001}): anything else is refused before the
     * database is asked (registration depends on this feature for the first issue, so the check cannot live there).
     */
    private static final Pattern NUMBER = Pattern.compile("DL-LB-\\d{4}-[A-Z]{1,16}-\\d{4,8}");

    private final BrandService brands;
    private final CertificateIssueRepository issues;
    private final CertificateDocument document;
    private final CertificateProperties properties;
    private final Clock clock;

    CertificateService(BrandService brands, CertificateIssueRepository issues, CertificateDocument document, CertificateProperties properties,
            Clock clock) {
        this.brands = brands;
        this.issues = issues;
        this.document = document;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records edition 1 of a newly registered brand's certificate, in the registration's transaction. */
    @Transactional
    public void recordFirstIssue(Brand brand) {
        issues.insert(CertificateIssue.first(brand.id(), brand.certificateNumber(), brand.registeredAt()));
    }

    /** The certificate of a brand within the reader's scope; one outside it is answered as not found, like an unknown one. */
    @Transactional(readOnly = true)
    Certificate certificate(UUID brandId, DataScope scope) {
        Brand brand = brandInScope(brandId, scope);
        return Certificate.of(brand, latestIssue(brand), properties.publicBaseUrl());
    }

    byte[] pdf(Certificate certificate) {
        return document.pdf(certificate);
    }

    /** What anybody may learn from a certificate number: the brand it names and whether it still stands. */
    @Transactional(readOnly = true)
    Verification verify(String certificateNumber) {
        if (!NUMBER.matcher(certificateNumber).matches()) {
            throw new PlatformException(CertificateProblem.MALFORMED_NUMBER);
        }
        return brands.findByCertificateNumber(certificateNumber).map(Verification::of)
                .orElseThrow(() -> new PlatformException(CertificateProblem.UNKNOWN_CERTIFICATE));
    }

    /**
     * Issues the next edition of the certificate after a change: the number stays, the reason and the person are kept. An
     * exited brand's certificate is no longer valid and is not reissued.
     */
    @Transactional
    CertificateIssue reissue(UUID brandId, String reason, String issuedBy) {
        Brand brand = brandInScope(brandId, DataScope.EVERYTHING);
        if (brand.status() == BrandStatus.EXITED) {
            throw new PlatformException(CertificateProblem.EXITED_BRAND);
        }
        CertificateIssue next = latestIssue(brand).reissue(reason.strip(), issuedBy, clock.instant());
        try {
            issues.insert(next);
        } catch (DuplicateKeyException e) {
            throw new PlatformException(CertificateProblem.CONCURRENT_REISSUE);
        }
        return next;
    }

    private Brand brandInScope(UUID brandId, DataScope scope) {
        return brands.find(brandId).filter(brand -> scope.covers(brand.orgId(), brand.district()))
                .orElseThrow(() -> new PlatformException(CertificateProblem.BRAND_NOT_FOUND));
    }

    private CertificateIssue latestIssue(Brand brand) {
        return issues.findLatest(brand.id()).orElseThrow(() -> new IllegalStateException("brand " + brand.id() + " has no certificate issue"));
    }
}

package cn.dalian.laborbrand.registry.certificate;

import java.time.Instant;
import java.util.UUID;

/** One issue of a brand's certificate: the first at registration, then one per reissue, always under the same number. */
public record CertificateIssue(UUID brandId, int edition, String certificateNumber, String reason, String issuedBy, Instant issuedAt) {

    static final String FIRST_ISSUE_REASON = "认定发证";

    /** The certificate a brand received when it entered the registry. */
    static CertificateIssue first(UUID brandId, String certificateNumber, Instant registeredAt) {
        return new CertificateIssue(brandId, 1, certificateNumber, FIRST_ISSUE_REASON, "system", registeredAt);
    }

    /** The next edition, reissued after a change: the number stays, the reason and the person are recorded. */
    CertificateIssue reissue(String why, String by, Instant at) {
        return new CertificateIssue(brandId, edition + 1, certificateNumber, why, by, at);
    }
}

package cn.dalian.laborbrand.registry.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.registry.brand.BrandScope;

/** A brand's certificate for its holder and staff, the public verification of a number, and reissues. */
@RestController
class CertificateController {

    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping(path = "/api/brands/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public ResponseEntity<byte[]> download(@PathVariable UUID id, CurrentUser user) {
        Certificate certificate = certificates.certificate(id, BrandScope.of(user.roles(), user.orgId(), user.district()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(certificate.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(certificates.pdf(certificate));
    }

    @GetMapping("/api/public/brands/verify/{certificateNumber}")
    public Verification verify(@PathVariable String certificateNumber) {
        return certificates.verify(certificateNumber);
    }

    @PostMapping("/api/brands/{id}/certificate/reissues")
    @PreAuthorize("hasAnyRole('LEADING_GROUP', 'CITY_REVIEWER')")
    @ResponseStatus(HttpStatus.CREATED)
    public ReissueView reissue(@PathVariable UUID id, @Valid @RequestBody ReissueRequest request, CurrentUser user) {
        CertificateIssue issue = certificates.reissue(id, request.reason(), user.username());
        return new ReissueView(issue.certificateNumber(), issue.edition(), issue.reason(), issue.issuedBy(), issue.issuedAt());
    }

    /** @param reason why the certificate is issued again (e.g. the unit changed its name), written as a sentence */
    record ReissueRequest(@NotBlank(message = "请填写补发原因。") @Size(min = 10, max = 500, message = "补发原因请用一句完整的话说明（10 至 500 字）。") String reason) {
    }

    record ReissueView(String certificateNumber, int edition, String reason, String issuedBy, Instant issuedAt) {
    }
}

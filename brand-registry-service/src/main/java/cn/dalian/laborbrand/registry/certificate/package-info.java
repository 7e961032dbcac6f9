/**
 * Certificate: the brand's certificate as a PDF with a QR code to the public verification page, the verification
 * answer, and reissues that keep the number. Owns the {@code certificate_issue} table; reads brands through
 * {@code BrandService}.
 */
@ApplicationModule(displayName = "证书 certificate")
package cn.dalian.laborbrand.registry.certificate;

import org.springframework.modulith.ApplicationModule;

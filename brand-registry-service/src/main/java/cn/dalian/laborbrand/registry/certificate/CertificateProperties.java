package cn.dalian.laborbrand.registry.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl where the public reaches the platform: a certificate's QR code leads to
 *                      {@code <publicBaseUrl>/verify/<number>}
 */
@ConfigurationProperties("laborbrand.registry")
record CertificateProperties(@DefaultValue("http://127.0.0.1:8080") String publicBaseUrl) {
}

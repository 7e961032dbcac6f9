package cn.dalian.laborbrand.registry.certificate;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.documents.PdfDocuments;

/** The certificate as a landscape A4 PDF; the layout is in {@code documents/certificates/certificate.xhtml}. */
@Component
class CertificateDocument {

    private final PdfDocuments pdf = new PdfDocuments("documents/certificates/");

    byte[] pdf(Certificate certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render("certificate", Map.of("certificate", certificate, "qr", VerificationQr.dataUri(certificate.verificationUrl())), out);
        return out.toByteArray();
    }
}

package cn.dalian.laborbrand.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

class CertificateTest {

    private static final Brand JINGANG = new Brand(UUID.fromString("0b6f1c2e-5a44-4d1e-9d7b-3f1e2a9c8d71"), "DL-LB-2022-CITY-0001",
            UUID.randomUUID(), "912102440580649631", "大连金港人力资源服务有限公司", "210211", "大连金港家政服务师劳务品牌", BrandLevel.CITY,
            BrandStatus.ACTIVE, LocalDate.of(2022, 12, 20), Instant.parse("2022-12-20T08:00:00Z"), 0);

    private static final CertificateIssue FIRST = CertificateIssue.first(JINGANG.id(), JINGANG.certificateNumber(), JINGANG.registeredAt());

    @Test
    void theCertificateLeadsToTheVerificationPageOfItsNumber() {
        Certificate certificate = Certificate.of(JINGANG, FIRST, "https://laborbrand.dl.gov.cn/");

        assertThat(certificate.verificationUrl()).isEqualTo("https://laborbrand.dl.gov.cn/verify/DL-LB-2022-CITY-0001");
        assertThat(certificate.levelLabel()).isEqualTo("市级");
        assertThat(certificate.certifiedOnText()).isEqualTo("2022年12月20日");
        assertThat(certificate.issuer()).isEqualTo("大连市就业工作领导小组办公室");
        assertThat(certificate.fileName()).isEqualTo("劳务品牌证书-大连金港家政服务师劳务品牌-DL-LB-2022-CITY-0001.pdf");
    }

    @Test
    void theFirstEditionNamesNoEditionAndAReissueKeepsTheNumberAndSaysWhy() {
        CertificateIssue second = FIRST.reissue("建设单位更名，依申请换发证书。", "leading-group", Instant.parse("2023-06-01T02:00:00Z"));

        assertThat(Certificate.of(JINGANG, FIRST, "http://127.0.0.1:8080").editionLabel()).isNull();
        assertThat(second.certificateNumber()).isEqualTo("DL-LB-2022-CITY-0001");
        assertThat(second.edition()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("建设单位更名，依申请换发证书。");
        assertThat(Certificate.of(JINGANG, second, "http://127.0.0.1:8080").editionLabel()).isEqualTo("第 2 版");
    }

    @Test
    void theQrCodeDecodesBackToTheVerificationAddress() throws Exception {
        String url = "http://127.0.0.1:8080/verify/DL-LB-2022-CITY-0001";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(VerificationQr.png(url)));

        assertThat(decode(image)).isEqualTo(url);
    }

    @Test
    void thePdfCarriesTheChineseTextTheNumberAndTheEdition() throws IOException {
        CertificateIssue second = FIRST.reissue("建设单位更名，依申请换发证书。", "leading-group", Instant.parse("2023-06-01T02:00:00Z"));
        byte[] pdf = new CertificateDocument().pdf(Certificate.of(JINGANG, second, "http://127.0.0.1:8080"));
        // kept for a look at the page (pdftoppm -png target/certificate-sample.pdf)
        Files.write(Path.of("target", "certificate-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // landscape: wider than high
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            // the title is letter-spaced, as on printed certificates: the text reads 「劳 务 品 牌 证 书」
            assertThat(text.replace(" ", "")).contains("劳务品牌证书");
            assertThat(text).contains("DL-LB-2022-CITY-0001", "大连金港家政服务师劳务品牌", "大连金港人力资源服务有限公司", "市级",
                    "2022年12月20日", "大连市就业工作领导小组办公室", "第 2 版");
        }
    }

    static String decode(BufferedImage image) throws NotFoundException, com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    }
}

package cn.dalian.laborbrand.registry.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.dalian.laborbrand.registry.brand.Brand;

/**
 * What a certificate says: number, brand, unit, level, date of certification, the issuing body, the edition, and the
 * address its QR code carries.
 */
public record Certificate(String number, String brandName, String unitName, String levelLabel, LocalDate certifiedOn,
        int edition, String verificationUrl) {

    /** The body that certifies labour brands of the city and issues their certificates. */
    public static final String ISSUER = "大连市就业工作领导小组办公室";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The certificate of the brand in its latest edition, verified at {@code <publicBaseUrl>/verify/<number>}. */
    static Certificate of(Brand brand, CertificateIssue latest, String publicBaseUrl) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return new Certificate(brand.certificateNumber(), brand.brandName(), brand.unitName(), brand.level().label(), brand.certifiedOn(),
                latest.edition(), base + "/verify/" + brand.certificateNumber());
    }

    public String issuer() {
        return ISSUER;
    }

    public String certifiedOnText() {
        return CHINESE_DATE.format(certifiedOn);
    }

    /** 「第 2 版」 on a reissued certificate; the first edition says nothing. */
    public String editionLabel() {
        return edition > 1 ? "第 " + edition + " 版" : null;
    }

    public String fileName() {
        return "劳务品牌证书-" + brandName + "-" + number + ".pdf";
    }
}

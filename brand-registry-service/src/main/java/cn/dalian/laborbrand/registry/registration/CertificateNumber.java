package cn.dalian.laborbrand.registry.registration;

import java.util.regex.Pattern;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * The number printed on a labour-brand certificate: {@code DL-LB-<campaign>-<level>-<sequence>}, e.g.
 * {@code DL-LB-2022-CITY-0001}. DL-LB stands for 大连·劳务品牌; the sequence runs per campaign and level,
 * four digits at least.
 */
public final class CertificateNumber {

    private static final Pattern CAMPAIGN = Pattern.compile("\\d{4}");

    private CertificateNumber() {
    }

    public static String of(String campaign, BrandLevel level, int sequence) {
        if (!CAMPAIGN.matcher(campaign).matches()) {
            throw new IllegalArgumentException("a campaign is a four-digit year, not " + campaign);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("certificate sequences start at 1");
        }
        return String.format("DL-LB-%s-%s-%04d", campaign, level.name(), sequence);
    }
}

package cn.dalian.laborbrand.contracts.vocabulary;

/**
 * Every level a Dalian labour brand can hold a certification at, the province's included. Dalian certifies at
 * {@link BrandLevel} (district, city); the province's decision (省级劳务品牌) is recorded on a city-level brand and
 * carries a subsidy of its own, so the events that name the certification that pays or is recorded use this.
 */
public enum CertificationLevel {
    DISTRICT("区级"),
    CITY("市级"),
    /** 省级: decided by the province, recorded in Dalian's registry by the leading group office. */
    PROVINCIAL("省级");

    private final String label;

    CertificationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The certification a Dalian level is. */
    public static CertificationLevel of(BrandLevel level) {
        return valueOf(level.name());
    }
}

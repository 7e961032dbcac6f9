package cn.dalian.laborbrand.review.casework;

/** The stages of 工作进程 an application passes through after submission. */
public enum ReviewStage {
    /** 区级初审及实地查验: the district bureau checks the materials and inspects on site. */
    DISTRICT_REVIEW("区级初审", false),
    /** 待补充材料: the district asked the unit for a supplement; the case waits for the resubmission. */
    SUPPLEMENT_REQUESTED("待补充材料", false),
    /** 公示: five working days on the HR website. */
    PUBLICITY("公示", false),
    /** 市级复审: forwarded to the city bureau. */
    CITY_REVIEW("市级复审", true),
    /** 核准认定: the city leading group office decides. */
    APPROVAL("核准认定", true),
    CERTIFIED("已认定", true),
    REJECTED("未通过", false),
    /** 已撤回: the unit withdrew its application before the district decided. */
    WITHDRAWN("已撤回", false);

    private final String label;
    private final boolean forwardedToCity;

    ReviewStage(String label, boolean forwardedToCity) {
        this.label = label;
        this.forwardedToCity = forwardedToCity;
    }

    public String label() {
        return label;
    }

    /** Whether the district has forwarded the case, so that city staff work on it. */
    public boolean isForwardedToCity() {
        return forwardedToCity;
    }
}

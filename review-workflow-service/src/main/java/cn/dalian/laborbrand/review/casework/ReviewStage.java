package cn.dalian.laborbrand.review.casework;

/** The stages of 工作进程 an application passes through after submission. */
public enum ReviewStage {
    /** 区级初审及实地查验: the district bureau checks the materials and inspects on site. */
    DISTRICT_REVIEW("区级初审", false, ReviewOffice.DISTRICT),
    /** 待补充材料: the district asked the unit for a supplement; the case waits for the resubmission. */
    SUPPLEMENT_REQUESTED("待补充材料", false, ReviewOffice.DISTRICT),
    /** 公示: five working days on the HR website. */
    PUBLICITY("公示", false, ReviewOffice.DISTRICT),
    /** 市级复审: forwarded to the city bureau. */
    CITY_REVIEW("市级复审", true, ReviewOffice.CITY),
    /** 核准认定: the city leading group office decides. */
    APPROVAL("核准认定", true, ReviewOffice.LEADING_GROUP),
    CERTIFIED("已认定", true, null),
    /** 未通过: rejected at some stage with a reason; still in the history and in the closed lists. */
    REJECTED("未通过", false, null),
    /** 已撤回: the unit withdrew its application before the district decided. */
    WITHDRAWN("已撤回", false, null);

    private final String label;
    private final boolean forwardedToCity;
    private final ReviewOffice office;

    ReviewStage(String label, boolean forwardedToCity, ReviewOffice office) {
        this.label = label;
        this.forwardedToCity = forwardedToCity;
        this.office = office;
    }

    /** The office working on a case at this stage; empty once the case is closed. */
    public java.util.Optional<ReviewOffice> office() {
        return java.util.Optional.ofNullable(office);
    }

    /** Whether the case is closed (certified, rejected or withdrawn): it has left every queue. */
    public boolean isClosed() {
        return office == null;
    }

    public String label() {
        return label;
    }

    /** Whether the district has forwarded the case, so that city staff work on it. */
    public boolean isForwardedToCity() {
        return forwardedToCity;
    }
}

package cn.dalian.laborbrand.review.objection;

/** What the district found, as {@code ObjectionResolved.outcome} carries it. */
public enum ObjectionOutcome {
    /** 异议成立: the case is rejected and the brand leaves the list. */
    UPHELD_REJECTED("异议成立，不予认定"),
    /** 异议成立 against the city level only: the district withdraws its city-level recommendation; the case goes on. */
    UPHELD_LEVEL_WITHDRAWN("异议成立，撤回市级推荐"),
    /** 异议不成立: the case goes on. */
    DISMISSED("异议不成立");

    private final String label;

    ObjectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

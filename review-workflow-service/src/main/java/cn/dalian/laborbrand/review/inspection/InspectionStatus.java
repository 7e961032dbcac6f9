package cn.dalian.laborbrand.review.inspection;

/** How far a case's inspection record is. */
public enum InspectionStatus {
    NOT_STARTED("未填写"),
    DRAFT("填写中"),
    CONCLUDED("已作出查验结论");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

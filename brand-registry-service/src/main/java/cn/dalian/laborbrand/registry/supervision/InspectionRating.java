package cn.dalian.laborbrand.registry.supervision;

/** The inspection's conclusion on the brand's training quality. */
public enum InspectionRating {
    QUALIFIED("合格"), BASICALLY_QUALIFIED("基本合格"), UNQUALIFIED("不合格");

    private final String label;

    InspectionRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

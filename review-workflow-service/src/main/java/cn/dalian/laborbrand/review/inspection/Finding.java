package cn.dalian.laborbrand.review.inspection;

/** What the inspectors found for one item of the checklist. */
public enum Finding {
    CONFIRMED("核实属实"),
    /** Needs a note saying what differs. */
    DISCREPANCY("存在出入"),
    NOT_APPLICABLE("不适用");

    private final String label;

    Finding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

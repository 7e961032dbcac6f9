package cn.dalian.laborbrand.review.objection;

/** Where an objection is in the district's hands. */
public enum ObjectionStatus {
    RECEIVED("已受理"),
    INVESTIGATING("调查核实中"),
    RESOLVED("已办结");

    private final String label;

    ObjectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

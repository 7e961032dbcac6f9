package cn.dalian.laborbrand.registry.resources;

/** Where a yearly report stands. */
public enum ReportStatus {
    SUBMITTED("待审核"),
    /** 退回修改: the holder resubmits the same year. */
    RETURNED("已退回"),
    ACCEPTED("已通过");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

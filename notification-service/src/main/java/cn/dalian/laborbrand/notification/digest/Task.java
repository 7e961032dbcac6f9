package cn.dalian.laborbrand.notification.digest;

/** What waits for a bureau, or which of its deadlines comes, as the digest names it. */
enum Task {
    DISTRICT_REVIEW("区级初审", false),
    OBJECTION_INVESTIGATION("公示异议调查", false),
    PUBLICITY_END("公示期满", true),
    CITY_REVIEW("市级复审", false),
    RECTIFICATION_ANSWER_REVIEW("整改答复审核", false),
    RECTIFICATION_DEADLINE("整改期限", true);

    private final String label;
    private final boolean deadline;

    Task(String label, boolean deadline) {
        this.label = label;
        this.deadline = deadline;
    }

    String label() {
        return label;
    }

    /** A deadline the bureau watches (listed when it comes within 2 working days), not a case waiting for it. */
    boolean isDeadline() {
        return deadline;
    }
}

package cn.dalian.laborbrand.eligibility.criteria;

/** The criteria of 认定标准, each checked for every declared year. */
public enum Criterion {
    TRAINED_COUNT("培训人数", Measure.PEOPLE, true),
    TRAINING_PASS_RATE("培训合格率", Measure.RATE, true),
    EMPLOYED_COUNT("自主吸纳或有组织输出就业人数", Measure.PEOPLE, true),
    SPECIALLY_TRAINED_SHARE("经过特色职业培训的人员所占比例", Measure.RATE, true),
    CONTRACT_SIGNING_RATE("劳动合同签订率", Measure.RATE, false),
    EMPLOYMENT_FILING_RATE("劳动用工备案率", Measure.RATE, false),
    COLLECTIVE_CONTRACT("劳动规章制度健全，建立集体协商和集体合同制度", Measure.FACT, false),
    LABOUR_RELATIONS_COORDINATOR("建立协调劳动关系组织，有 1 名专职或兼职劳动关系协调员", Measure.FACT, false),
    NO_MASS_LABOUR_DISPUTE("无群体性、突发性劳动争议事件", Measure.FACT, false);

    /** What a criterion's figure is: a head count, a rate, or a fact that holds or not. */
    public enum Measure {
        PEOPLE, RATE, FACT
    }

    private final String label;
    private final Measure measure;
    private final boolean yearly;

    Criterion(String label, Measure measure, boolean yearly) {
        this.label = label;
        this.measure = measure;
        this.yearly = yearly;
    }

    /** Whether Attachment 1 declares it for each year, rather than once for the unit's labour practices. */
    public boolean isYearly() {
        return yearly;
    }

    public String label() {
        return label;
    }

    public Measure measure() {
        return measure;
    }
}

package cn.dalian.laborbrand.review.inspection;

/**
 * What the inspectors see on site beside the figures (申报材料 2–7 of the notice, as originals and in practice): the list
 * of the checklist's materials items, in the order they are walked through. A change of what is inspected is a change
 * here.
 */
public enum SiteCheck {
    BUSINESS_LICENCE_ORIGINAL("营业执照（法人登记证书）原件", "查看原件，核对单位名称、统一社会信用代码、住所与申报材料一致"),
    TRAINING_SITE_AND_RECORDS("培训场地及培训记录", "查看培训场地和设施，核对培训课程、签到和考核记录与申报的培训人数、合格率相符"),
    ROSTER_SPOT_CHECK("务工人员花名册抽查", "从花名册中抽取人员，核实其参加培训和吸纳或输出就业的情况属实"),
    CONTRACTS_AND_SOCIAL_INSURANCE("劳动合同及社会保险缴纳", "抽查劳动合同签订、劳动用工备案和社会保险缴纳记录"),
    LABOUR_RULES("劳动规章制度", "查看劳动规章制度文本及其公示、执行情况"),
    COLLECTIVE_CONTRACT("集体协商和集体合同", "查看现行有效的集体合同及集体协商记录"),
    COORDINATION_BODY("劳动关系协调组织及协调员", "查看协调劳动关系组织的设立文件和制度，核实有 1 名以上专职或兼职劳动关系协调员");

    private final String label;
    private final String toVerify;

    SiteCheck(String label, String toVerify) {
        this.label = label;
        this.toVerify = toVerify;
    }

    public String label() {
        return label;
    }

    /** What the inspectors look at, in a sentence. */
    public String toVerify() {
        return toVerify;
    }
}

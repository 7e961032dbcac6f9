package cn.dalian.laborbrand.application.organisation;

/** What a unit declares before it may apply (申报对象与基本条件). */
public enum DeclarationKind {
    INDEPENDENT_LEGAL_PERSON("本单位具有独立法人资格，在大连市依法登记注册。"),
    BRAND_OWNERSHIP("本单位拥有申报品牌的名称或商标，品牌权属清晰。"),
    LAWFUL_OPERATION("本单位无违法经营、拖欠工资、未依法签订劳动合同或未依法缴纳社会保险等行为。");

    private final String text;

    DeclarationKind(String text) {
        this.text = text;
    }

    /** The sentence the unit affirms. */
    public String text() {
        return text;
    }
}

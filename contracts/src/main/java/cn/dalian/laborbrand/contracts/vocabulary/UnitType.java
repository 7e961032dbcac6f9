package cn.dalian.laborbrand.contracts.vocabulary;

/** The kinds of unit that may apply (申报对象). */
public enum UnitType {
    ENTERPRISE("企业"),
    VOCATIONAL_SCHOOL("职业院校"),
    TRAINING_INSTITUTION("职业培训机构"),
    INDUSTRY_ASSOCIATION("行业协会"),
    HR_SERVICE_AGENCY("人力资源服务机构");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

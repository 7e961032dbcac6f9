package cn.dalian.laborbrand.review.casework;

/** What happened to a case, as its history shows it. */
public enum CaseAction {
    OPENED("受理申报"),
    SUPPLEMENT_REQUESTED("要求补充材料"),
    RESUBMITTED("补充材料后重新提交"),
    WITHDRAWN("申报单位撤回申报"),
    DISTRICT_SELECTED("区级初审通过"),
    DISTRICT_REJECTED("区级初审未通过"),
    PUBLICITY_STARTED("开始公示"),
    PUBLICITY_ENDED("公示期满，报送市级"),
    CITY_APPROVED("市级复审通过"),
    CITY_REJECTED("市级复审未通过"),
    CERTIFIED("核准认定"),
    NOT_CERTIFIED("未予认定"),
    REJECTED("不予通过"),
    OBJECTION_LODGED("公示期间收到异议"),
    OBJECTION_DISMISSED("异议经调查不成立"),
    CITY_LEVEL_WITHDRAWN("撤回市级推荐");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

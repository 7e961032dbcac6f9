package cn.dalian.laborbrand.application.intake;

/** Where an application stands, as its unit sees it. */
public enum ApplicationStatus {
    /** 草稿: the unit is filling it in. */
    DRAFT,
    /** 已提交: with the district bureau. */
    SUBMITTED,
    /** 待补充: the district asked for a supplement; the reopened parts may be changed and it is resubmitted. */
    SUPPLEMENT_REQUESTED,
    /** 区级已决定: the district decided; the unit can no longer withdraw it. */
    DECIDED,
    /** 已撤回: the unit withdrew it before the district decided. */
    WITHDRAWN,
    /** 未通过: the district, the city bureau or the leading group office did not take it further, with a reason. */
    REJECTED
}

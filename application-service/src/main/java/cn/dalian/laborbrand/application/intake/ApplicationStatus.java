package cn.dalian.laborbrand.application.intake;

/** Where an application stands on the applicant's side. */
public enum ApplicationStatus {
    /** 草稿: the unit is still preparing it; only the unit sees it and may change it. */
    DRAFT,
    /** 已提交: with its district HR bureau; the unit can no longer change it. */
    SUBMITTED
}

package cn.dalian.laborbrand.eligibility.criteria;

/** How a declared figure is held against a threshold. The notice's wording decides which applies. */
public enum Comparison {
    /** 不低于 / 达到: the threshold itself passes. */
    AT_LEAST,
    /** 超过: the threshold itself fails (培训合格率超过 80%). */
    GREATER_THAN,
    /** A condition the unit must fulfil; it has no figure. */
    REQUIRED
}

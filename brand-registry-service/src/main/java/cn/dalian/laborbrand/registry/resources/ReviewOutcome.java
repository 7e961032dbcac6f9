package cn.dalian.laborbrand.registry.resources;

/** The district's decision on a yearly report. */
public enum ReviewOutcome {
    ACCEPT,
    RETURN
}

package cn.dalian.laborbrand.application.evidence;

/** When a campaign makes a kind of material mandatory. */
public enum Requirement {
    /** 必须提交: for every application. */
    ALWAYS,
    /** For an application that asks for the city level (市级). */
    CITY_LEVEL,
    /** When the roster shows organised output (有组织输出). */
    ORGANISED_OUTPUT,
    /** When the roster shows output to another province with the labour relation outside Dalian. */
    OUT_OF_PROVINCE_OUTPUT,
    /** 可选: asked for, never mandatory. */
    OPTIONAL
}

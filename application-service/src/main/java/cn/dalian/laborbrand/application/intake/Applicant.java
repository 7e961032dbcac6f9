package cn.dalian.laborbrand.application.intake;

/**
 * The applicant unit acting: its Unified Social Credit Code, the district it is registered in and
 * the person signed in for it.
 */
public record Applicant(String orgId, String district, String username) {
}

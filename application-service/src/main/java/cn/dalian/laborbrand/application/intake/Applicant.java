package cn.dalian.laborbrand.application.intake;

/** The person acting for an applicant unit: the unit's credit code (the token's {@code orgId}) and their username. */
public record Applicant(String orgId, String username) {
}

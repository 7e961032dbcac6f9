package cn.dalian.laborbrand.notification.directory;

/** A member of staff as Keycloak knows them: where to write to them. Either address may be missing. */
public record StaffMember(String username, String displayName, String email, String mobile) {
}

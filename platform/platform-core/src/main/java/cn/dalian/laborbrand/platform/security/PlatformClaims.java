package cn.dalian.laborbrand.platform.security;

/** Names of the access-token claims the platform reads; Keycloak's protocol mappers put them there. */
public final class PlatformClaims {

    /** Realm roles, as Keycloak writes them: {@code {"realm_access": {"roles": [...]}}}. */
    public static final String REALM_ACCESS = "realm_access";
    public static final String ROLES = "roles";
    /** The applicant unit's organisation: its Unified Social Credit Code. */
    public static final String ORG_ID = "orgId";
    /** The district (区市县 / 先导区) code a reviewer works for. */
    public static final String DISTRICT = "district";
    public static final String PREFERRED_USERNAME = "preferred_username";
    public static final String NAME = "name";
    /** The audience every platform token must carry (Keycloak's audience mapper adds it). */
    public static final String API_AUDIENCE = "laborbrand-api";

    private PlatformClaims() {
    }
}

package cn.dalian.laborbrand.platform.security;

import java.util.Optional;

/**
 * The realm roles of the labour-brand programme (DOMAIN.md, "Who uses the platform").
 * Keycloak issues them in {@code realm_access.roles}; Spring sees them as {@code ROLE_<name>}.
 */
public enum Role {
    /** 建设单位: drafts and submits applications for its own organisation ({@code orgId} claim). */
    APPLICANT,
    /** 区市县人社部门: reviews applications of its own district ({@code district} claim). */
    DISTRICT_REVIEWER,
    /** 市人社局: re-reviews what the districts forward. */
    CITY_REVIEWER,
    /** 市就业工作领导小组办公室: approves brands and selects city-level ones. */
    LEADING_GROUP,
    /** Prepares subsidy payouts. */
    FINANCE_CLERK,
    /** Approves subsidy payouts; never the clerk who prepared them. */
    FINANCE_APPROVER,
    /** The provincial public employment service system, a client-credentials client. */
    PROVINCIAL_SYSTEM,
    /** Prometheus's client: reads {@code /actuator/prometheus} and nothing else, so its secret opens no operator's view. */
    METRICS_SCRAPER,
    /** Watches health, lag, failures and throughput. */
    OPERATOR;

    public static final String AUTHORITY_PREFIX = "ROLE_";

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role behind a granted authority such as {@code ROLE_APPLICANT}; empty for anything else. */
    public static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return Optional.empty();
        }
        String name = authority.substring(AUTHORITY_PREFIX.length());
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

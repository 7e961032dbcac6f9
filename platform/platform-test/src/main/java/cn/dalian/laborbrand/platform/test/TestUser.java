package cn.dalian.laborbrand.platform.test;

import java.util.Set;

import cn.dalian.laborbrand.platform.security.Role;

/**
 * A caller in tests, shaped like the demo users of the Keycloak realm (deploy/keycloak).
 *
 * @param orgId    the applicant unit's Unified Social Credit Code, or null
 * @param district the district code a reviewer works for, or null
 */
public record TestUser(String username, String displayName, Set<Role> roles, String orgId, String district) {

    /** 大连金港人力资源服务有限公司, registered in 甘井子区. */
    public static final TestUser APPLICANT_A = new TestUser("applicant-a", "王丽", Set.of(Role.APPLICANT), "912102440580649631", "210211");
    /** 大连海湾职业培训学校, registered in 金州区. */
    public static final TestUser APPLICANT_B = new TestUser("applicant-b", "刘强", Set.of(Role.APPLICANT), "912102422418131093", "210213");
    public static final TestUser REVIEWER_GANJINGZI = new TestUser("reviewer-ganjingzi", "赵敏", Set.of(Role.DISTRICT_REVIEWER), null, "210211");
    public static final TestUser REVIEWER_JINZHOU = new TestUser("reviewer-jinzhou", "孙浩", Set.of(Role.DISTRICT_REVIEWER), null, "210213");
    public static final TestUser CITY_REVIEWER = new TestUser("city-reviewer", "陈静", Set.of(Role.CITY_REVIEWER), null, null);
    public static final TestUser LEADING_GROUP = new TestUser("leading-group", "李建国", Set.of(Role.LEADING_GROUP), null, null);
    public static final TestUser FINANCE_CLERK = new TestUser("finance-clerk", "周芳", Set.of(Role.FINANCE_CLERK), null, null);
    public static final TestUser FINANCE_APPROVER = new TestUser("finance-approver", "吴刚", Set.of(Role.FINANCE_APPROVER), null, null);
    public static final TestUser OPERATOR = new TestUser("operator", "郑伟", Set.of(Role.OPERATOR), null, null);
    public static final TestUser PROVINCIAL_SYSTEM = new TestUser("service-account-provincial-system", null, Set.of(Role.PROVINCIAL_SYSTEM), null, null);
    /** The service account of the {@code monitoring} client Prometheus scrapes with. */
    public static final TestUser METRICS_SCRAPER = new TestUser("service-account-monitoring", null, Set.of(Role.METRICS_SCRAPER), null, null);
}

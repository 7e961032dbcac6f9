package cn.dalian.laborbrand.eligibility.assessment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Whose assessments a signed-in person may read: city staff all of them, a district bureau those of its district,
 * an applicant unit its own. To anybody else an assessment does not exist.
 */
public final class AssessmentScope {

    private static final Set<Role> SEEING_ALL = EnumSet.of(Role.CITY_REVIEWER, Role.LEADING_GROUP);

    private AssessmentScope() {
    }

    public static DataScope of(Set<Role> roles, Optional<String> orgId, Optional<String> district) {
        return DataScope.of(roles, orgId, district, SEEING_ALL, "您没有查看预审结果的权限。");
    }
}

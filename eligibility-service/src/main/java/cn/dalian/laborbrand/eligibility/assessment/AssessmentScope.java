package cn.dalian.laborbrand.eligibility.assessment;

import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Whose assessments a signed-in person may read: city staff all of them, a district bureau those of its district,
 * an applicant unit its own. To anybody else an assessment does not exist.
 */
public record AssessmentScope(Optional<String> orgId, Optional<String> district) {

    private static final AssessmentScope ALL = new AssessmentScope(Optional.empty(), Optional.empty());

    public static AssessmentScope of(Set<Role> roles, Optional<String> orgId, Optional<String> district) {
        if (roles.contains(Role.CITY_REVIEWER) || roles.contains(Role.LEADING_GROUP)) {
            return ALL;
        }
        if (roles.contains(Role.DISTRICT_REVIEWER)) {
            return new AssessmentScope(Optional.empty(), Optional.of(district.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联所属区市县（缺少 district），请联系管理员。"))));
        }
        if (roles.contains(Role.APPLICANT)) {
            return new AssessmentScope(Optional.of(orgId.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联申报单位（缺少 orgId），请联系管理员。"))), Optional.empty());
        }
        throw PlatformException.forbidden("您没有查看预审结果的权限。");
    }

    public boolean covers(EligibilityAssessed assessed) {
        return orgId.map(assessed.orgId()::equals).orElse(true) && district.map(assessed.district()::equals).orElse(true);
    }
}

package cn.dalian.laborbrand.registry.brand;

import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Which registered brands a signed-in person may read in full: city staff and operators all of them,
 * a district bureau those of its district, an applicant unit its own.
 */
public record BrandScope(Optional<String> orgId, Optional<String> district) {

    private static final BrandScope ALL = new BrandScope(Optional.empty(), Optional.empty());

    public static BrandScope of(Set<Role> roles, Optional<String> orgId, Optional<String> district) {
        if (roles.contains(Role.CITY_REVIEWER) || roles.contains(Role.LEADING_GROUP) || roles.contains(Role.OPERATOR)) {
            return ALL;
        }
        if (roles.contains(Role.DISTRICT_REVIEWER)) {
            return new BrandScope(Optional.empty(), Optional.of(district.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联所属区市县（缺少 district），请联系管理员。"))));
        }
        if (roles.contains(Role.APPLICANT)) {
            return new BrandScope(Optional.of(orgId.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联申报单位（缺少 orgId），请联系管理员。"))), Optional.empty());
        }
        throw PlatformException.forbidden("您没有查看品牌库的权限。");
    }
}

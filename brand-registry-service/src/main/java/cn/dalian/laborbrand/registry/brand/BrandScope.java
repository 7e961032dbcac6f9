package cn.dalian.laborbrand.registry.brand;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Which registered brands a signed-in person may read in full: city staff and operators all of them, a district
 * bureau those of its district, an applicant unit its own.
 */
public final class BrandScope {

    private static final Set<Role> SEEING_ALL = EnumSet.of(Role.CITY_REVIEWER, Role.LEADING_GROUP, Role.OPERATOR);

    private BrandScope() {
    }

    public static DataScope of(Set<Role> roles, Optional<String> orgId, Optional<String> district) {
        return DataScope.of(roles, orgId, district, SEEING_ALL, "您没有查看品牌库的权限。");
    }
}

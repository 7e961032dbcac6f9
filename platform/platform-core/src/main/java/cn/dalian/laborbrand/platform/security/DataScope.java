package cn.dalian.laborbrand.platform.security;

import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Whose records a signed-in person reads: an applicant unit its own organisation's, a district bureau its own
 * district's, the roles a service names every record; anybody else nothing. A token that lacks the organisation or
 * district its role needs is refused, never widened to everything.
 *
 * @param orgId    the only organisation visible, or empty for all
 * @param district the only district visible, or empty for all
 */
public record DataScope(Optional<String> orgId, Optional<String> district) {

    public static final DataScope EVERYTHING = new DataScope(Optional.empty(), Optional.empty());

    /**
     * @param seeingAll the roles that read every organisation's and district's records
     * @param refusal   what a person with none of the roles is told
     */
    public static DataScope of(Set<Role> roles, Optional<String> orgId, Optional<String> district, Set<Role> seeingAll, String refusal) {
        if (roles.stream().anyMatch(seeingAll::contains)) {
            return EVERYTHING;
        }
        if (roles.contains(Role.DISTRICT_REVIEWER)) {
            return new DataScope(Optional.empty(), Optional.of(district.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联所属区市县（缺少 district），请联系管理员。"))));
        }
        if (roles.contains(Role.APPLICANT)) {
            return new DataScope(Optional.of(orgId.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联申报单位（缺少 orgId），请联系管理员。"))), Optional.empty());
        }
        throw PlatformException.forbidden(refusal);
    }

    /** Whether a record of the organisation and district is within the scope. */
    public boolean covers(String recordOrgId, String recordDistrict) {
        return orgId.map(recordOrgId::equals).orElse(true) && district.map(recordDistrict::equals).orElse(true);
    }
}

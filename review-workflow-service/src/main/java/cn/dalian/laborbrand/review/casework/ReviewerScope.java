package cn.dalian.laborbrand.review.casework;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Which review cases a member of staff may see. A district bureau sees the cases of its own district
 * at every stage; the city bureau and the leading group office see what the districts forwarded, from
 * every district. Nobody else sees cases.
 *
 * @param district the only district visible, or empty for all districts
 * @param forwardedOnly whether only cases forwarded to the city are visible
 */
public record ReviewerScope(Optional<String> district, boolean forwardedOnly) {

    public static ReviewerScope of(Set<Role> roles, Optional<String> district) {
        if (roles.contains(Role.CITY_REVIEWER) || roles.contains(Role.LEADING_GROUP)) {
            return new ReviewerScope(Optional.empty(), true);
        }
        if (roles.contains(Role.DISTRICT_REVIEWER)) {
            return new ReviewerScope(Optional.of(district.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联所属区市县（缺少 district），请联系管理员。"))), false);
        }
        throw PlatformException.forbidden("只有区、市两级人社部门和市就业工作领导小组办公室可以查看评审案件。");
    }

    /**
     * Whether the case is within the scope; a case outside it is, for this caller, not there. City staff keep seeing a
     * forwarded case they rejected, in their closed list.
     */
    public boolean covers(ReviewCase reviewCase) {
        return district.map(reviewCase.district()::equals).orElse(true) && visibleStages(Optional.empty()).contains(reviewCase.stage())
                && (!forwardedOnly || reviewCase.isForwarded());
    }

    /** The stages whose cases are visible (for city staff: once forwarded), optionally narrowed to one the caller asks for. */
    public Set<ReviewStage> visibleStages(Optional<ReviewStage> asked) {
        Set<ReviewStage> visible = EnumSet.noneOf(ReviewStage.class);
        for (ReviewStage stage : ReviewStage.values()) {
            boolean seenByCity = stage.isForwardedToCity() || stage == ReviewStage.REJECTED;
            if ((!forwardedOnly || seenByCity) && asked.map(stage::equals).orElse(true)) {
                visible.add(stage);
            }
        }
        return visible;
    }
}

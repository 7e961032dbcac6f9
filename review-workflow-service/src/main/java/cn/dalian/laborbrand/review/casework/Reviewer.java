package cn.dalian.laborbrand.review.casework;

import java.util.Set;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** A member of staff acting on cases: who they are, which cases they may see and move, and for which offices they act. */
public record Reviewer(String username, ReviewerScope scope, Set<Role> roles) {

    public Reviewer {
        roles = Set.copyOf(roles);
    }

    public static Reviewer of(CurrentUser user) {
        return new Reviewer(user.username(), ReviewerScope.of(user.roles(), user.district()), user.roles());
    }

    /** The office working on the case now, if the reviewer acts for it; refused otherwise. */
    ReviewOffice officeFor(ReviewCase reviewCase) {
        ReviewOffice working = reviewCase.stage().office().orElseThrow(() -> new PlatformException(ReviewProblem.WRONG_STAGE,
                "该申报已「" + reviewCase.stage().label() + "」，不能再办理。"));
        if (!roles.contains(working.role())) {
            throw new PlatformException(ReviewProblem.NOT_YOUR_STAGE,
                    "该申报处于「" + reviewCase.stage().label() + "」阶段，由" + working.label() + "办理。");
        }
        return working;
    }
}

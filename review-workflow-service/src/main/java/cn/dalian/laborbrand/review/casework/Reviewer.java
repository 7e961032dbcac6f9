package cn.dalian.laborbrand.review.casework;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** A member of staff acting on cases: who they are, and which cases they may see and move. */
public record Reviewer(String username, ReviewerScope scope) {

    public static Reviewer of(CurrentUser user) {
        return new Reviewer(user.username(), ReviewerScope.of(user.roles(), user.district()));
    }
}

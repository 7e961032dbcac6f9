package cn.dalian.laborbrand.notification.inbox;

import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Whose inbox a caller reads. An applicant unit's messages belong to the organisation, so that every
 * account of the unit sees them; staff read the messages addressed to them personally.
 */
public record Recipient(Kind kind, String id) {

    public enum Kind {
        ORGANISATION, PERSON
    }

    public static Recipient of(Set<Role> roles, String username, Optional<String> orgId) {
        if (roles.contains(Role.APPLICANT)) {
            return new Recipient(Kind.ORGANISATION, orgId.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联申报单位（缺少 orgId），请联系管理员。")));
        }
        return new Recipient(Kind.PERSON, username);
    }
}

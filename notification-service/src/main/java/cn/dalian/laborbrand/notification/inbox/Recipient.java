package cn.dalian.laborbrand.notification.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Who a message is for: an applicant unit (every account of the organisation reads it), one person, a
 * district bureau (its reviewers read it), or everybody holding a role (the city bureau, finance …).
 */
public record Recipient(Kind kind, String id) {

    public enum Kind {
        ORGANISATION, PERSON, DISTRICT, ROLE
    }

    public static Recipient organisation(String orgId) {
        return new Recipient(Kind.ORGANISATION, orgId);
    }

    public static Recipient district(String district) {
        return new Recipient(Kind.DISTRICT, district);
    }

    public static Recipient role(Role role) {
        return new Recipient(Kind.ROLE, role.name());
    }

    /**
     * Every inbox a caller reads: an applicant its organisation's; staff their own, their roles' and, for
     * a district bureau, its district's.
     */
    public static List<Recipient> of(Set<Role> roles, String username, Optional<String> orgId, Optional<String> district) {
        if (roles.contains(Role.APPLICANT)) {
            return List.of(organisation(orgId.orElseThrow(
                    () -> PlatformException.forbidden("您的账号未关联申报单位（缺少 orgId），请联系管理员。"))));
        }
        List<Recipient> inboxes = new ArrayList<>();
        inboxes.add(new Recipient(Kind.PERSON, username));
        roles.stream().sorted().map(Recipient::role).forEach(inboxes::add);
        if (roles.contains(Role.DISTRICT_REVIEWER)) {
            district.map(Recipient::district).ifPresent(inboxes::add);
        }
        return List.copyOf(inboxes);
    }
}

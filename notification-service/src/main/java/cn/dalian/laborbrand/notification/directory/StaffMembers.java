package cn.dalian.laborbrand.notification.directory;

import java.util.Comparator;
import java.util.List;

import cn.dalian.laborbrand.notification.inbox.Recipient;

/** Which of the users Keycloak listed a recipient stands for: enabled people only (no service accounts); a district's by their district attribute. */
final class StaffMembers {

    private StaffMembers() {
    }

    static List<StaffMember> of(Recipient recipient, List<KeycloakUser> listed) {
        return listed.stream()
                .filter(KeycloakUser::isEnabledPerson)
                .filter(user -> recipient.kind() != Recipient.Kind.DISTRICT
                        || user.attribute(StaffDirectory.DISTRICT_ATTRIBUTE).filter(recipient.id()::equals).isPresent())
                .map(KeycloakUser::toMember)
                .sorted(Comparator.comparing(StaffMember::username))
                .toList();
    }
}

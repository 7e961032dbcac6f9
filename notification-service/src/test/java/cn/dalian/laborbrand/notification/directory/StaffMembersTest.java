package cn.dalian.laborbrand.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.platform.security.Role;

class StaffMembersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMemberIsReadFromKeycloaksFullUserRepresentationIgnoringItsOtherFields() {
        // given a user as GET /admin/realms/laborbrand/roles/DISTRICT_REVIEWER/users?briefRepresentation=false answers
        String answer = """
                [{"id":"5c1e0f7a-9d1b-4b9e-a3f2-0c7f5e2d1a11","username":"reviewer-ganjingzi","firstName":"敏","lastName":"赵",
                  "email":"zhaomin@ganjingzi.dl.gov.cn","emailVerified":true,"enabled":true,"createdTimestamp":1764547200000,
                  "attributes":{"district":["210211"],"mobile":["13904112345"]},"access":{"manage":false}}]
                """;

        // when it is mapped
        List<KeycloakUser> users = JSON.readValue(answer, JSON.getTypeFactory().constructCollectionType(List.class, KeycloakUser.class));

        // then the name reads family name first, as a Chinese name does, with the e-mail and the mobile attribute
        assertThat(StaffMembers.of(Recipient.role(Role.DISTRICT_REVIEWER), users))
                .containsExactly(new StaffMember("reviewer-ganjingzi", "赵敏", "zhaomin@ganjingzi.dl.gov.cn", "13904112345"));
    }

    @Test
    void aUserWithoutNameOrAddressesIsNamedByTheirUsernameAndHasNoAddresses() {
        KeycloakUser bare = new KeycloakUser("city-reviewer", null, " ", "", true, null, null);

        assertThat(bare.toMember()).isEqualTo(new StaffMember("city-reviewer", "city-reviewer", null, null));
    }

    @Test
    void aDistrictStandsForItsEnabledReviewersOnly() {
        // given reviewers of 甘井子区 (one of them disabled) and of 金州区
        List<KeycloakUser> reviewers = List.of(
                user("reviewer-ganjingzi", "赵", "敏", true, "210211"),
                user("reviewer-ganjingzi-2", "钱", "多多", false, "210211"),
                user("reviewer-jinzhou", "孙", "浩", true, "210213"),
                user("reviewer-nowhere", "李", "雷", true, null));

        // then 210211 is the one enabled reviewer of 甘井子区
        assertThat(StaffMembers.of(Recipient.district("210211"), reviewers)).extracting(StaffMember::username)
                .containsExactly("reviewer-ganjingzi");
        // and a role stands for every enabled holder, whatever their district
        assertThat(StaffMembers.of(Recipient.role(Role.DISTRICT_REVIEWER), reviewers)).extracting(StaffMember::username)
                .containsExactly("reviewer-ganjingzi", "reviewer-jinzhou", "reviewer-nowhere");
    }

    @Test
    void aClientsServiceAccountHoldingTheRoleIsNoMemberOfStaff() {
        KeycloakUser provincialSystem = new KeycloakUser("service-account-provincial-system", null, null, null, true, Map.of(),
                "provincial-system");

        assertThat(StaffMembers.of(Recipient.role(Role.PROVINCIAL_SYSTEM), List.of(provincialSystem))).isEmpty();
    }

    private static KeycloakUser user(String username, String lastName, String firstName, boolean enabled, String district) {
        return new KeycloakUser(username, firstName, lastName, username + "@dl.gov.cn", enabled,
                district == null ? Map.of() : Map.of("district", List.of(district)), null);
    }
}

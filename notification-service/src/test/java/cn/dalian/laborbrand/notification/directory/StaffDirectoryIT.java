package cn.dalian.laborbrand.notification.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.http.Fault;

import cn.dalian.laborbrand.notification.KeycloakAdminStub;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;

/** The staff directory against a stub of Keycloak's Admin REST API; each test asks about a recipient of its own (the cache stays). */
class StaffDirectoryIT extends KeycloakAdminStub {

    @Autowired
    StaffDirectory directory;

    @AfterEach
    void timeRunsAsUsual() {
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void aRoleStandsForEveryEnabledHolderReadPageByPageWithTheServiceAccountsToken() {
        // given 103 members of the leading group in two pages of Keycloak's answer, one of them disabled
        List<String> all = IntStream.rangeClosed(1, 103)
                .mapToObj(n -> user("leading-%03d".formatted(n), "李", "建国" + n, n != 7, Map.of("mobile", "1390411%04d".formatted(n))))
                .toList();
        KEYCLOAK.stubFor(roleUsers("LEADING_GROUP").withQueryParam("first", equalTo("0")).withQueryParam("max", equalTo("100"))
                .withQueryParam("briefRepresentation", equalTo("false")).willReturn(okJson(users(all.subList(0, 100)))));
        KEYCLOAK.stubFor(roleUsers("LEADING_GROUP").withQueryParam("first", equalTo("100")).willReturn(okJson(users(all.subList(100, 103)))));

        // when the directory is asked who holds the role
        List<StaffMember> members = directory.membersOf(Recipient.role(Role.LEADING_GROUP));

        // then every enabled holder, as the service account reads them with a token of the client credentials grant
        assertThat(members).hasSize(102).extracting(StaffMember::username).doesNotContain("leading-007");
        assertThat(members.getFirst()).isEqualTo(new StaffMember("leading-001", "李建国1", "leading-001@dl.gov.cn", "13904110001"));
        KEYCLOAK.verify(postRequestedFor(urlPathEqualTo(TOKEN)).withRequestBody(containing("grant_type=client_credentials")));
        KEYCLOAK.verify(2, getRequestedFor(urlPathEqualTo(ADMIN + "/roles/LEADING_GROUP/users"))
                .withHeader("Authorization", equalTo("Bearer directory-token")));
    }

    @Test
    void aDistrictStandsForTheReviewersOfThatDistrict() {
        stubRole("DISTRICT_REVIEWER", users(List.of(
                user("reviewer-ganjingzi", "赵", "敏", true, Map.of("district", "210211")),
                user("reviewer-jinzhou", "孙", "浩", true, Map.of("district", "210213", "mobile", "13998765432")))));

        assertThat(directory.membersOf(Recipient.district("210213")))
                .containsExactly(new StaffMember("reviewer-jinzhou", "孙浩", "reviewer-jinzhou@dl.gov.cn", "13998765432"));
    }

    @Test
    void aPersonIsFoundByTheirExactUsername() {
        KEYCLOAK.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("username", equalTo("finance-approver"))
                .withQueryParam("exact", equalTo("true")).willReturn(okJson(users(List.of(
                        user("finance-approver", "吴", "刚", true, Map.of()))))));

        assertThat(directory.membersOf(new Recipient(Recipient.Kind.PERSON, "finance-approver")))
                .containsExactly(new StaffMember("finance-approver", "吴刚", "finance-approver@dl.gov.cn", null));
        assertThat(directory.membersOf(new Recipient(Recipient.Kind.PERSON, "nobody-here"))).isEmpty();
    }

    @Test
    void anAnswerIsKeptForFiveMinutesThenAskedForAgain() {
        stubRole("FINANCE_APPROVER", users(List.of(user("finance-approver", "吴", "刚", true, Map.of()))));

        directory.membersOf(Recipient.role(Role.FINANCE_APPROVER));
        directory.membersOf(Recipient.role(Role.FINANCE_APPROVER));
        KEYCLOAK.verify(1, getRequestedFor(urlPathEqualTo(ADMIN + "/roles/FINANCE_APPROVER/users")));

        PlatformTestInfrastructure.clock().advance(Duration.ofMinutes(6));
        directory.membersOf(Recipient.role(Role.FINANCE_APPROVER));
        KEYCLOAK.verify(2, getRequestedFor(urlPathEqualTo(ADMIN + "/roles/FINANCE_APPROVER/users")));
    }

    @Test
    void keycloakDownWithNoEarlierAnswerSaysTryAgainLater() {
        stubRoleDown("OPERATOR");
        assertThatThrownBy(() -> directory.membersOf(Recipient.role(Role.OPERATOR))).isInstanceOf(DirectoryUnavailableException.class);

        KEYCLOAK.stubFor(roleUsers("OPERATOR").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> directory.membersOf(Recipient.role(Role.OPERATOR))).isInstanceOf(DirectoryUnavailableException.class);
    }

    @Test
    void noTokenForTheServiceAccountSaysTryAgainLater() {
        KEYCLOAK.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(TOKEN)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> directory.membersOf(Recipient.role(Role.METRICS_SCRAPER)))
                .isInstanceOf(DirectoryUnavailableException.class);
    }

    @Test
    void whileKeycloakIsDownTheLastAnswerServesForADayThenNoLonger() {
        // given the finance clerks, known a while ago
        stubRole("FINANCE_CLERK", users(List.of(user("finance-clerk", "周", "芳", true, Map.of("mobile", "13604115678")))));
        List<StaffMember> known = directory.membersOf(Recipient.role(Role.FINANCE_CLERK));

        // when Keycloak goes down after the answer grew old
        stubRoleDown("FINANCE_CLERK");
        PlatformTestInfrastructure.clock().advance(Duration.ofMinutes(30));

        // then the old answer serves, until a day has passed
        assertThat(directory.membersOf(Recipient.role(Role.FINANCE_CLERK))).isEqualTo(known);
        PlatformTestInfrastructure.clock().advance(Duration.ofHours(24));
        assertThatThrownBy(() -> directory.membersOf(Recipient.role(Role.FINANCE_CLERK))).isInstanceOf(DirectoryUnavailableException.class);
    }
}

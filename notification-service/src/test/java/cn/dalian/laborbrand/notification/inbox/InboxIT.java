package cn.dalian.laborbrand.notification.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class InboxIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RestTestClient http;

    UUID toOrgA;
    UUID toOrgB;
    UUID toReviewer;

    @BeforeEach
    void givenMessagesForTwoUnitsAndAReviewer() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        jdbc.sql("DELETE FROM inbox_message").update();
        toOrgA = insert("ORGANISATION", "912102440580649631", "您的申报书已提交", "大连金港家政服务师劳务品牌申报书已提交至甘井子区人社局。");
        toOrgB = insert("ORGANISATION", "912102422418131093", "您的申报书已提交", "大连金州海湾焊工劳务品牌申报书已提交至金州区人社局。");
        toReviewer = insert("PERSON", "reviewer-ganjingzi", "新的待审申报", "大连金港人力资源服务有限公司提交了劳务品牌申报，请及时审核。");
    }

    @Test
    void anApplicantReadsItsOrganisationsMessagesOnly() {
        http.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo(toOrgA.toString())
                .jsonPath("$[0].read").isEqualTo(false);
    }

    @Test
    void aReviewerReadsTheMessagesAddressedToThemPersonally() {
        http.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].title").isEqualTo("新的待审申报");
    }

    @Test
    void anApplicantMarksItsOwnMessageRead() {
        http.post().uri("/api/notifications/" + toOrgA + "/read")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isNoContent();

        http.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .exchange()
                .expectBody().jsonPath("$[0].read").isEqualTo(true);
    }

    @Test
    void anotherUnitsMessageCannotBeMarkedNorFound() {
        http.post().uri("/api/notifications/" + toOrgB + "/read")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("未找到该消息。");

        http.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_B))
                .exchange()
                .expectBody().jsonPath("$[0].read").isEqualTo(false);
    }

    private UUID insert(String kind, String recipient, String title, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO inbox_message (id, recipient_kind, recipient, category, title, body, created_at)
                VALUES (:id, :kind, :recipient, 'APPLICATION', :title, :body, :createdAt)
                """)
                .param("id", id).param("kind", kind).param("recipient", recipient).param("title", title)
                .param("body", body).param("createdAt", Timestamp.from(Instant.now()))
                .update();
        return id;
    }
}

package cn.dalian.laborbrand.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.ListPages;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class InboxIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    UUID toOrgA;
    UUID toOrgB;
    UUID toReviewer;

    @BeforeEach
    void givenMessagesForTwoUnitsAndAReviewer() {
        jdbc.sql("DELETE FROM inbox_message").update();
        toOrgA = insert("ORGANISATION", "912102440580649631", "您的申报书已提交", "大连金港家政服务师劳务品牌申报书已提交至甘井子区人社局。");
        toOrgB = insert("ORGANISATION", "912102422418131093", "您的申报书已提交", "大连金州海湾焊工劳务品牌申报书已提交至金州区人社局。");
        toReviewer = insert("PERSON", "reviewer-ganjingzi", "新的待审申报", "大连金港人力资源服务有限公司提交了劳务品牌申报，请及时审核。");
    }

    @Test
    void anApplicantReadsItsOrganisationsMessagesOnly() {
        http.get().uri("/api/notifications")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(toOrgA.toString())
                .jsonPath("$.items[0].read").isEqualTo(false);
    }

    @Test
    void aReviewerReadsTheMessagesAddressedToThemPersonally() {
        http.get().uri("/api/notifications")
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].title").isEqualTo("新的待审申报");
    }

    @Test
    void anApplicantMarksItsOwnMessageRead() {
        http.post().uri("/api/notifications/" + toOrgA + "/read")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isNoContent();

        http.get().uri("/api/notifications")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectBody().jsonPath("$.items[0].read").isEqualTo(true);
    }

    @Test
    void theUnreadCountCountsOnlyTheCallersOwnUnreadMessages() {
        // given a second unread message for 金港 and one already read
        insert("ORGANISATION", "912102440580649631", "申报已进入公示", "大连金港家政服务师劳务品牌已进入公示。");
        http.post().uri("/api/notifications/" + toOrgA + "/read").headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isNoContent();

        // when the unit asks how many are unread, then it is the one it has not read, not the other units' or the reviewer's
        http.get().uri("/api/notifications/unread")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.unread").isEqualTo(1);
    }

    @Test
    void anotherUnitsMessageCannotBeMarkedNorFound() {
        http.post().uri("/api/notifications/" + toOrgB + "/read")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("未找到该消息。");

        http.get().uri("/api/notifications")
                .headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange()
                .expectBody().jsonPath("$.items[0].read").isEqualTo(false);
    }

    @Test
    void aLongInboxIsReadPageByPageNewestFirst() {
        // given 30 more messages to 大连金港人力资源服务有限公司, one a minute
        Instant start = Instant.parse("2022-11-15T02:00:00Z");
        for (int i = 1; i <= 30; i++) {
            insert("ORGANISATION", "912102440580649631", "第 " + i + " 条通知", "通知内容 " + i, start.plusSeconds(60L * i));
        }

        // when the unit reads 25 at a time
        var pages = ListPages.walk(http, "/api/notifications?limit=25", TestUser.APPLICANT_A);

        // then the newest comes first, the count on the first page, and the second page holds the rest
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).get("total").asInt()).isEqualTo(31);
        assertThat(pages.get(1).get("items").size()).isEqualTo(6);
        List<String> titles = ListPages.field(pages, "title");
        assertThat(titles).hasSize(31).startsWith("您的申报书已提交", "第 30 条通知", "第 29 条通知").endsWith("第 2 条通知", "第 1 条通知");
    }

    private UUID insert(String kind, String recipient, String title, String body) {
        return insert(kind, recipient, title, body, Instant.now());
    }

    private UUID insert(String kind, String recipient, String title, String body, Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO inbox_message (id, recipient_kind, recipient, category, title, body, created_at)
                VALUES (:id, :kind, :recipient, 'APPLICATION', :title, :body, :createdAt)
                """)
                .param("id", id).param("kind", kind).param("recipient", recipient).param("title", title)
                .param("body", body).param("createdAt", Timestamp.from(createdAt))
                .update();
        return id;
    }
}

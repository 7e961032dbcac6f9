package cn.dalian.laborbrand.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class PreferencesIT {

    private static final String PREFERENCES = "/api/notifications/preferences";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Preferences preferences;

    @BeforeEach
    void nobodyHasChosenYet() {
        jdbc.sql("DELETE FROM notification_preference").update();
    }

    @Test
    void aUnitSeesTheKindsWrittenToUnitsInTheirOrderWithTheirDefaults() {
        long unitKinds = Arrays.stream(NoticeKind.values()).filter(kind -> kind.audience() == NoticeKind.Audience.UNIT).count();

        http.get().uri(PREFERENCES).headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(unitKinds)
                .jsonPath("$.items[0].kind").isEqualTo("APPLICATION_SUBMITTED")
                .jsonPath("$.items[0].label").isEqualTo("申报书已提交")
                .jsonPath("$.items[0].category").isEqualTo("APPLICATION")
                .jsonPath("$.items[0].audience").isEqualTo("UNIT")
                .jsonPath("$.items[0].inApp").isEqualTo(true)
                .jsonPath("$.items[0].email").isEqualTo(true)
                .jsonPath("$.items[0].sms").isEqualTo(false)
                .jsonPath("$.items[0].emailRequired").isEqualTo(false)
                .jsonPath("$.items[?(@.kind == 'DISTRICT_DECISION')].legalWeight").isEqualTo(true)
                .jsonPath("$.items[?(@.kind == 'DISTRICT_DECISION')].emailRequired").isEqualTo(true)
                .jsonPath("$.items[?(@.kind == 'NEW_APPLICATION')]").isEmpty();
    }

    @Test
    void aReviewerSeesTheKindsWrittenToStaffOnly() {
        long staffKinds = Arrays.stream(NoticeKind.values()).filter(kind -> kind.audience() == NoticeKind.Audience.STAFF).count();

        http.get().uri(PREFERENCES).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(staffKinds)
                .jsonPath("$.items[0].kind").isEqualTo("NEW_APPLICATION")
                .jsonPath("$.items[?(@.kind == 'SUPPLEMENT_REQUESTED')]").isEmpty();
    }

    @Test
    void aUnitsChoiceIsKeptForTheUnitAndUsedWhenItsMessagesGoOut() {
        // when 大连金港人力资源服务有限公司 wants 需补充申报材料 by SMS only
        change(TestUser.APPLICANT_A, """
                {"items": [{"kind": "SUPPLEMENT_REQUESTED", "email": false, "sms": true}]}
                """)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.kind == 'SUPPLEMENT_REQUESTED')].email").isEqualTo(false)
                .jsonPath("$.items[?(@.kind == 'SUPPLEMENT_REQUESTED')].sms").isEqualTo(true);

        // then its messages of that kind go by the inbox and SMS, while another unit keeps the default
        assertThat(preferences.channelsFor(Recipient.organisation(TestUser.APPLICANT_A.orgId()), NoticeKind.SUPPLEMENT_REQUESTED))
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.SMS);
        http.get().uri(PREFERENCES).headers(Tokens.as(TestUser.APPLICANT_B)).exchange()
                .expectBody().jsonPath("$.items[?(@.kind == 'SUPPLEMENT_REQUESTED')].email").isEqualTo(true);
    }

    @Test
    void switchingEmailOffForAKindWithLegalWeightIsRefusedAndNothingOfTheRequestIsKept() {
        change(TestUser.APPLICANT_A, """
                {"items": [{"kind": "PUBLICITY_STARTED", "email": false, "sms": true},
                           {"kind": "RECTIFICATION_ORDERED", "email": false, "sms": true}]}
                """)
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("LEGAL_NOTICE_CHANNEL_REQUIRED")
                .jsonPath("$.detail").isEqualTo("「限期整改通知」具有法律效力，必须通过站内消息和电子邮件送达，不能关闭电子邮件。")
                .jsonPath("$.kind").isEqualTo("RECTIFICATION_ORDERED");

        assertThat(jdbc.sql("SELECT count(*) FROM notification_preference").query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownKindOrOneWrittenToTheOtherAudienceIsABadRequest() {
        change(TestUser.APPLICANT_A, """
                {"items": [{"kind": "LOTTERY_WON", "email": true, "sms": true}]}
                """)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("NOTICE_KIND_UNKNOWN");

        change(TestUser.APPLICANT_A, """
                {"items": [{"kind": "NEW_APPLICATION", "email": false, "sms": false}]}
                """)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("NOTICE_KIND_NOT_YOURS");

        change(TestUser.REVIEWER_GANJINGZI, """
                {"items": [{"kind": "OBJECTION_LODGED", "email": true, "sms": false},
                           {"kind": "OBJECTION_LODGED", "email": true, "sms": true}]}
                """)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("NOTICE_KIND_REPEATED");
    }

    @Test
    void aChangeWithoutSayingWhetherByEmailIsInvalid() {
        change(TestUser.REVIEWER_GANJINGZI, """
                {"items": [{"kind": "OBJECTION_LODGED", "sms": false}]}
                """)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("请说明是否接收电子邮件");
    }

    @Test
    void theProvincialSystemHasNoPreferences() {
        http.get().uri(PREFERENCES).headers(Tokens.as(TestUser.PROVINCIAL_SYSTEM)).exchange().expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec change(TestUser user, String body) {
        return http.put().uri(PREFERENCES).headers(Tokens.as(user)).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}

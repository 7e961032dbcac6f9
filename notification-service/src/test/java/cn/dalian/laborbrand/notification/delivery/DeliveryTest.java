package cn.dalian.laborbrand.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.channels.SendResult;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;

class DeliveryTest {

    private static final Instant PLANNED = Instant.parse("2026-12-01T01:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(24));

    private static Delivery smsToJingang() {
        return new Delivery(UUID.randomUUID(), UUID.randomUUID(), NoticeKind.SUPPLEMENT_REQUESTED, Recipient.Kind.ORGANISATION,
                "912102440580649631", "大连金港人力资源服务有限公司", Channel.SMS, "13940912345", DeliveryStatus.PENDING, 1, 0, PLANNED, PLANNED,
                null, null, PLANNED, null, new Delivery.Text("需补充申报材料", "【劳务品牌】需补充申报材料", "正文", "<p>正文</p>",
                        "大连金港人力资源服务有限公司：您的劳务品牌申报需补充材料，请于2026年12月8日前登录平台补正。"));
    }

    @Test
    void anAcceptedMessageIsSent() {
        Instant now = PLANNED.plusSeconds(2);
        Delivery sent = smsToJingang().after(new SendResult.Sent("HTTP 200 ACCEPTED", "messageId=SM2026120100000001", "SM2026120100000001"),
                RETRIES, now);

        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(now);
        assertThat(sent.nextAttemptAt()).isNull();
    }

    @Test
    void aTransientFailureIsTriedAgainAfterTheBackOff() {
        Instant now = PLANNED.plusSeconds(2);
        Delivery later = smsToJingang().after(new SendResult.Transient("HTTP 503 SERVICE_UNAVAILABLE", "网关维护中", "短信网关故障（HTTP 503）。", null),
                RETRIES, now);

        assertThat(later.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(later.nextAttemptAt()).isEqualTo(now.plusSeconds(30));
        assertThat(later.roundTries()).isEqualTo(1);
        assertThat(later.lastError()).contains("503");
    }

    @Test
    void aPermanentFailureFailsAtOnceWithItsCodeAndReason() {
        Delivery failed = smsToJingang().after(new SendResult.Permanent("HTTP 400 INVALID_PHONE", "phoneNumber is not a mainland mobile number",
                "INVALID_PHONE", "短信网关认定该手机号码不是有效的大陆手机号，短信未发送。"), RETRIES, PLANNED.plusSeconds(2));

        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("INVALID_PHONE");
        assertThat(failed.lastError()).contains("手机号");
        assertThat(failed.nextAttemptAt()).isNull();
    }

    @Test
    void aUnitWithoutContactsPastTheGiveUpAgeFailsAsNoContact() {
        Delivery failed = smsToJingang().after(new SendResult.Transient(Delivery.NO_CONTACT, null, "尚未收到该单位的手机号码。", null), RETRIES,
                PLANNED.plus(Duration.ofHours(24)));

        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("NO_CONTACT");
        assertThat(failed.lastError()).contains("补全联系方式后重新发送");
    }

    @Test
    void aProviderStillDownPastTheGiveUpAgeFailsAsRetriesExhausted() {
        Delivery failed = smsToJingang().after(new SendResult.Transient("NO_ANSWER", null, "无法连接短信网关。", null), RETRIES,
                PLANNED.plus(Duration.ofHours(24)));

        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("RETRIES_EXHAUSTED");
    }

    @Test
    void aResentDeliveryIsDueNowWithItsBackOffAndGiveUpAgeStartedOverAndItsAttemptsKept() {
        Delivery failed = smsToJingang().after(new SendResult.Permanent("HTTP 400 INVALID_PHONE", null, "INVALID_PHONE", "手机号码无效。"),
                RETRIES, PLANNED.plusSeconds(2));
        Instant now = PLANNED.plus(Duration.ofDays(2));

        Delivery resent = failed.resent(now);

        assertThat(resent.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(resent.nextAttemptAt()).isEqualTo(now);
        assertThat(resent.roundStartedAt()).isEqualTo(now);
        assertThat(resent.roundTries()).isZero();
        assertThat(resent.attempts()).isEqualTo(1);
        assertThat(resent.failureCode()).isNull();
    }

    @Test
    void aLogLineNeverShowsTheAddress() {
        assertThat(smsToJingang().toString()).doesNotContain("13940912345", "大连金港");
    }
}

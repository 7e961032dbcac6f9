package cn.dalian.laborbrand.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.OrganisationContactsChanged;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.notification.channels.EmailSender;
import cn.dalian.laborbrand.notification.channels.SmsSignature;
import cn.dalian.laborbrand.notification.contacts.Contacts;
import cn.dalian.laborbrand.notification.directory.DirectoryUnavailableException;
import cn.dalian.laborbrand.notification.directory.StaffDirectory;
import cn.dalian.laborbrand.notification.directory.StaffMember;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * E-mails and SMS from Kafka to a real SMTP server (GreenMail) and the SMS gateway (WireMock), against the real database and
 * Kafka. The planner and sender run here every 200 ms, with times scaled down: back-off from 1 s to 2 s. The staff directory
 * (Keycloak, another helper's) is a Mockito double here, for the staff recipients only; units are reached through their
 * contacts, kept from the profile events as in production. Every test has a unit of its own, by which its mail is found.
 */
@PlatformIntegrationTest
class DeliveryIT {

    private static final String SECRET = "sms-demo-secret-2026";
    private static final Duration DELIVERING = Duration.ofSeconds(60);
    /** How long the SMS gateway is down in the outage test. */
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final GreenMail SMTP = startedSmtp();
    private static final WireMockServer GATEWAY = startedGateway();

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Contacts contacts;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DeliverySender sender;

    @MockitoBean
    StaffDirectory directory;

    @DynamicPropertySource
    static void outsideTheService(DynamicPropertyRegistry properties) {
        properties.add("SPRING_MAIL_PORT", () -> SMTP.getSmtp().getPort());
        properties.add("SMS_GATEWAY_URI", GATEWAY::baseUrl);
        properties.add("laborbrand.notification.delivery.jobs-enabled", () -> "true");
        properties.add("laborbrand.notification.delivery.interval", () -> "200ms");
        properties.add("laborbrand.notification.delivery.retry-first", () -> "1s");
        properties.add("laborbrand.notification.delivery.retry-longest", () -> "2s");
        properties.add("laborbrand.notification.sms.read-timeout", () -> "2s");
        properties.add("resilience4j.circuitbreaker.instances.sms-gateway.wait-duration-in-open-state", () -> "1s");
    }

    @AfterAll
    static void nothingOutsideAfterwards() {
        GATEWAY.resetAll();
    }

    @Test
    void theSameEventDeliveredFiveTimesSendsOneEmailAndOneSms() throws Exception {
        // given a unit whose profile gave its contacts, and a gateway that accepts every message
        String org = newOrg();
        String mobile = newMobile();
        String email = "hr-" + org + "@jingang-hr.example.com";
        contactsChanged(org, email, mobile, 1);
        accepting();

        // when the district's supplement request arrives five times
        UUID eventId = UUID.randomUUID();
        String message = supplementRequested(eventId, org);
        for (int i = 0; i < 5; i++) {
            KafkaProbe.send(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, org, message);
        }

        // then one e-mail and one SMS go, and no more
        await().atMost(DELIVERING).until(() -> mailsTo(email).size() == 1 && smsTo(mobile).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).size() == 1 && smsTo(mobile).size() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE event_id = :id AND status = 'SENT'").param("id", eventId)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(meters.get(DeliverySender.METER).tag("channel", "SMS").tag("outcome", "sent").counter().count()).isPositive();
        assertThat(meters.get(DeliverySender.METER).tag("channel", "EMAIL").tag("outcome", "sent").counter().count()).isPositive();

        // and the e-mail is text and HTML alternatives, from the platform, with a Chinese subject, to the unit's contact
        MimeMessage mail = mailsTo(email).getFirst();
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(((MimeMultipart) mail.getContent()).getCount()).isEqualTo(2);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("大连市劳务品牌服务平台");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@laborbrand.example.com");
        assertThat(mail.getSubject()).isEqualTo("【大连市劳务品牌】需补充申报材料");
        assertThat(((InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal()).isEqualTo("王立新");

        // and the SMS was signed, with its delivery's id as the request id and the platform's sign name
        LoggedRequest sms = smsTo(mobile).getFirst();
        assertThat(sms.getHeader("X-App-Id")).isEqualTo("dalian-hrss-laborbrand");
        assertThat(sms.getHeader("X-Nonce")).matches("[0-9a-f]{32}");
        assertThat(new SmsSignature(SECRET).sign(Long.parseLong(sms.getHeader("X-Timestamp")), sms.getHeader("X-Nonce"), sms.getBody()))
                .isEqualTo(sms.getHeader("X-Signature"));
        UUID smsDelivery = delivery(eventId, "SMS");
        assertThat(sms.getBodyAsString()).contains("\"requestId\":\"" + smsDelivery + "\"", "\"signName\":\"大连人社\"", "\"phoneNumber\":\"" + mobile + "\"");
        // the gateway puts the sign name before the content: the content does not carry it again
        assertThat(sms.getBodyAsString()).contains("\"content\":\"您单位的劳务品牌申报需补充材料").doesNotContain("【大连人社】");

        // and operators read both, the addresses masked
        http.get().uri("/api/notifications/deliveries/" + smsDelivery).headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SENT")
                .jsonPath("$.kind").isEqualTo("SUPPLEMENT_REQUESTED")
                .jsonPath("$.kindLabel").isEqualTo("需补充申报材料")
                .jsonPath("$.recipient").isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7))
                .jsonPath("$.recipientName").isEqualTo("大连金港人力资源服务有限公司")
                .jsonPath("$.content").value(String.class, content -> assertThat(content).startsWith("【大连人社】"))
                .jsonPath("$.attempts").isEqualTo(1)
                .jsonPath("$.attemptLog[0].outcome").isEqualTo("SENT")
                .jsonPath("$.attemptLog[0].providerStatus").isEqualTo("HTTP 200 ACCEPTED");
        http.get().uri("/api/notifications/deliveries/" + delivery(eventId, "EMAIL")).headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectBody().jsonPath("$.recipient").isEqualTo("h***@jingang-hr.example.com");
    }

    @Test
    void anSmsGatewayDownForAWhileDelaysTheSmsThenDeliversItTheFailuresLogged() {
        // given a unit's contacts, and a gateway that answers 503 twice, then accepts
        String org = newOrg();
        String mobile = newMobile();
        contactsChanged(org, "hr-" + org + "@jingang-hr.example.com", mobile, 1);
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).withRequestBody(matchingJsonPath("$.phoneNumber", equalTo(mobile)))
                .inScenario(mobile).whenScenarioStateIs(STARTED).willSetStateTo("still down").willReturn(unavailable()));
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).withRequestBody(matchingJsonPath("$.phoneNumber", equalTo(mobile)))
                .inScenario(mobile).whenScenarioStateIs("still down").willSetStateTo("up").willReturn(unavailable()));
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).withRequestBody(matchingJsonPath("$.phoneNumber", equalTo(mobile)))
                .inScenario(mobile).whenScenarioStateIs("up").willReturn(accepted()));

        // when the unit is asked to supplement its application
        UUID eventId = UUID.randomUUID();
        KafkaProbe.send(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, org, supplementRequested(eventId, org));

        // then the SMS goes on the third try, under one request id, and the log shows the two failures
        await().atMost(DELIVERING).until(() -> "SENT".equals(status(eventId, "SMS")));
        UUID sms = delivery(eventId, "SMS");
        assertThat(smsTo(mobile)).hasSize(3).allSatisfy(request -> assertThat(request.getBodyAsString()).contains(sms.toString()));
        http.get().uri("/api/notifications/deliveries/" + sms).headers(Tokens.as(TestUser.OPERATOR)).exchange().expectBody()
                .jsonPath("$.attempts").isEqualTo(3)
                .jsonPath("$.attemptLog.length()").isEqualTo(3)
                .jsonPath("$.attemptLog[0].outcome").isEqualTo("RETRY")
                .jsonPath("$.attemptLog[0].providerStatus").isEqualTo("HTTP 503 SERVICE_UNAVAILABLE")
                .jsonPath("$.attemptLog[0].providerAnswer").isEqualTo("短信网关维护中")
                .jsonPath("$.attemptLog[1].outcome").isEqualTo("RETRY")
                .jsonPath("$.attemptLog[2].outcome").isEqualTo("SENT");
    }

    @Test
    void anSmsGatewayDownForAMinuteDelaysTheSmsWithoutGivingUpThenDeliversItOnce() {
        // given a unit's contacts, and a gateway down (503 to every request) for a minute
        String org = newOrg();
        String mobile = newMobile();
        contactsChanged(org, "hr-" + org + "@jingang-hr.example.com", mobile, 1);
        StubMapping down = GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages"))
                .withRequestBody(matchingJsonPath("$.phoneNumber", equalTo(mobile))).willReturn(unavailable()));
        Instant backAt = Instant.now().plus(OUTAGE);

        // when the unit is asked to supplement its application during the outage
        UUID eventId = UUID.randomUUID();
        KafkaProbe.send(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, org, supplementRequested(eventId, org));

        // then the SMS waits, tried again and again (or held by the open breaker), never given up, while its e-mail goes
        await().atMost(DELIVERING).until(() -> "SENT".equals(status(eventId, "EMAIL")));
        await().atMost(OUTAGE.plusSeconds(5)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            assertThat(status(eventId, "SMS")).isEqualTo("PENDING");
            return Instant.now().isAfter(backAt);
        });
        assertThat(smsTo(mobile)).hasSizeGreaterThan(2);

        // and once the gateway is back, it is delivered, once
        GATEWAY.removeStub(down);
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).withRequestBody(matchingJsonPath("$.phoneNumber", equalTo(mobile)))
                .willReturn(accepted()));
        await().atMost(DELIVERING).until(() -> "SENT".equals(status(eventId, "SMS")));
        UUID sms = delivery(eventId, "SMS");
        http.get().uri("/api/notifications/deliveries/" + sms).headers(Tokens.as(TestUser.OPERATOR)).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("SENT")
                .jsonPath("$.attemptLog[*].outcome").value(List.class, outcomes -> assertThat(outcomes).containsOnlyOnce("SENT")
                        .last().isEqualTo("SENT"));
    }

    @Test
    void aPermanentFailureIsListedForOperatorsAndOnceTheContactIsCorrectedAndResentIsDelivered() {
        // given a unit whose profile holds a malformed e-mail address and a number the gateway refuses
        String org = newOrg();
        String refused = newMobile();
        contactsChanged(org, "hr@jingang-hr", refused, 1);
        accepting();
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).withRequestBody(matchingJsonPath("$.phoneNumber", equalTo(refused)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"INVALID_PHONE\",\"message\":\"phoneNumber is not a mainland mobile number\"}")));

        // when the unit is asked to supplement its application
        UUID eventId = UUID.randomUUID();
        KafkaProbe.send(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, org, supplementRequested(eventId, org));

        // then both fail at once, each with its code and a Chinese reason, and operators find them among the failed
        await().atMost(DELIVERING).until(() -> "FAILED".equals(status(eventId, "SMS")) && "FAILED".equals(status(eventId, "EMAIL")));
        UUID sms = delivery(eventId, "SMS");
        UUID email = delivery(eventId, "EMAIL");
        http.get().uri("/api/notifications/deliveries?status=FAILED&channel=SMS&kind=SUPPLEMENT_REQUESTED&limit=100")
                .headers(Tokens.as(TestUser.OPERATOR)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '%s')].failureCode".formatted(sms)).isEqualTo(List.of("INVALID_PHONE"))
                .jsonPath("$.items[?(@.id == '%s')].status".formatted(sms)).isEqualTo(List.of("FAILED"))
                .jsonPath("$.items[?(@.id == '%s')].lastError".formatted(sms)).isEqualTo(List.of("短信网关认定该手机号码不是有效的大陆手机号，短信未发送。"))
                .jsonPath("$.total").value(Integer.class, total -> assertThat(total).isPositive());
        http.get().uri("/api/notifications/deliveries/" + email).headers(Tokens.as(TestUser.OPERATOR)).exchange().expectBody()
                .jsonPath("$.failureCode").isEqualTo("INVALID_EMAIL")
                .jsonPath("$.lastError").isEqualTo("电子邮件地址格式不正确，邮件未发送。")
                .jsonPath("$.attemptLog[0].outcome").isEqualTo("FAILED")
                .jsonPath("$.attemptLog[0].providerStatus").doesNotExist();
        assertThat(smsTo(refused)).hasSize(1);

        // and when the unit corrects its profile and an operator resends both
        String corrected = newMobile();
        String correctedEmail = "hr-" + org + "@jingang-hr.example.com";
        contactsChanged(org, correctedEmail, corrected, 2);
        for (UUID failed : List.of(sms, email)) {
            http.post().uri("/api/notifications/deliveries/" + failed + "/resend").headers(Tokens.as(TestUser.OPERATOR)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING");
        }

        // then both are delivered to the corrected addresses, the failed attempts still in the log
        await().atMost(DELIVERING).until(() -> "SENT".equals(status(eventId, "SMS")) && "SENT".equals(status(eventId, "EMAIL")));
        assertThat(smsTo(corrected)).hasSize(1);
        assertThat(mailsTo(correctedEmail)).hasSize(1);
        http.get().uri("/api/notifications/deliveries/" + sms).headers(Tokens.as(TestUser.OPERATOR)).exchange().expectBody()
                .jsonPath("$.attempts").isEqualTo(2)
                .jsonPath("$.attemptLog[0].outcome").isEqualTo("FAILED")
                .jsonPath("$.attemptLog[0].providerStatus").isEqualTo("HTTP 400 INVALID_PHONE")
                .jsonPath("$.attemptLog[1].outcome").isEqualTo("SENT");

        // and a delivery sent cannot be resent
        http.post().uri("/api/notifications/deliveries/" + sms + "/resend").headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("DELIVERY_NOT_FAILED")
                .jsonPath("$.detail").isEqualTo("只有发送失败的消息才能重新发送，该消息当前为「已发送」。");
    }

    @Test
    void staffAreReachedThroughTheDirectoryWhichBeingDownDelaysButLosesNothing() {
        // given a directory down at first, then naming the finance clerk
        String mobile = newMobile();
        String email = "zhoufang-" + mobile + "@dl-hrss.example.gov.cn";
        when(directory.membersOf(Recipient.role(Role.FINANCE_CLERK)))
                .thenThrow(new DirectoryUnavailableException("Keycloak 无应答", null))
                .thenReturn(List.of(new StaffMember("finance-clerk", "周芳", email, mobile)));
        accepting();

        // when a payment fails
        UUID eventId = UUID.randomUUID();
        UUID entitlement = UUID.randomUUID();
        KafkaProbe.send(SubsidyEvents.PAYMENT_FAILED_TOPIC, entitlement.toString(), message(SubsidyEvents.PAYMENT_FAILED, eventId,
                entitlement.toString(), new SubsidyPaymentFailed(entitlement, UUID.randomUUID(), UUID.randomUUID(), newOrg(),
                        "大连金港人力资源服务有限公司", "金港家政服务师", CertificationLevel.CITY, 5_000_000L, UUID.randomUUID(), entitlement + ":1",
                        "ACCOUNT_CLOSED", "收款账户已销户", Instant.now())));

        // then the clerk gets the e-mail and the SMS once the directory answers
        await().atMost(DELIVERING).until(() -> mailsTo(email).size() == 1 && smsTo(mobile).size() == 1);
        assertThat(jdbc.sql("SELECT tries FROM dispatch WHERE event_id = :id").param("id", eventId).query(Integer.class).single()).isEqualTo(1);
        http.get().uri("/api/notifications/deliveries/" + delivery(eventId, "EMAIL")).headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectBody().jsonPath("$.recipientName").isEqualTo("周*");
    }

    @Test
    void sendersRunningAtOnceSendEachMessageOnce() throws Exception {
        // given twelve district reviewers of 甘井子区, each with an e-mail address and a mobile number, and an objection lodged
        List<StaffMember> reviewers = IntStream.range(0, 12).mapToObj(n -> {
            String mobile = newMobile();
            return new StaffMember("reviewer-" + mobile, "赵敏", "zhaomin-" + mobile + "@dl-hrss.example.gov.cn", mobile);
        }).toList();
        String district = "2102" + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        when(directory.membersOf(Recipient.district(district))).thenReturn(reviewers);
        accepting();
        UUID eventId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        KafkaProbe.send(ReviewEvents.OBJECTION_LODGED_TOPIC, caseId.toString(), message(ReviewEvents.OBJECTION_LODGED, eventId, caseId.toString(),
                new ObjectionLodged(UUID.randomUUID(), caseId, UUID.randomUUID(), newOrg(), district, "金港家政服务师", Instant.now())));
        await().atMost(DELIVERING).until(() -> jdbc.sql("SELECT count(*) FROM delivery WHERE event_id = :id").param("id", eventId)
                .query(Long.class).single() == 24);

        // when three more senders run at once beside the scheduled one (as on other instances)
        ExecutorService instances = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            instances.submit(() -> sender.sendDue());
        }
        instances.shutdown();
        assertThat(instances.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // then every reviewer gets one e-mail and one SMS
        await().atMost(DELIVERING).until(() -> jdbc.sql("SELECT count(*) FROM delivery WHERE event_id = :id AND status = 'SENT'")
                .param("id", eventId).query(Long.class).single() == 24);
        assertThat(reviewers).allSatisfy(reviewer -> {
            assertThat(smsTo(reviewer.mobile())).hasSize(1);
            assertThat(mailsTo(reviewer.email())).hasSize(1);
        });
    }

    @Test
    void onlyOperatorsReadTheDeliveryLog() {
        http.get().uri("/api/notifications/deliveries").headers(Tokens.as(TestUser.APPLICANT_A)).exchange().expectStatus().isForbidden();
        http.get().uri("/api/notifications/deliveries").headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange().expectStatus().isForbidden();
        http.post().uri("/api/notifications/deliveries/" + UUID.randomUUID() + "/resend").headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/notifications/deliveries/" + UUID.randomUUID()).headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("DELIVERY_NOT_FOUND");
        http.get().uri("/api/notifications/deliveries?status=DELIVERED").headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectStatus().isBadRequest();
    }

    // --- the unit, its events and what reached the outside ---

    private static String newOrg() {
        return "912102" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static String newMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private void contactsChanged(String org, String email, String mobile, int version) {
        KafkaProbe.send(ApplicationEvents.ORGANISATION_CONTACTS_CHANGED_TOPIC, org, message(ApplicationEvents.ORGANISATION_CONTACTS_CHANGED,
                UUID.randomUUID(), org, contactsOf(org, email, mobile, version)));
        await().atMost(DELIVERING).until(() -> contacts.of(org).map(kept -> kept.version() >= version).orElse(false));
    }

    private static OrganisationContactsChanged contactsOf(String org, String email, String mobile, int version) {
        return new OrganisationContactsChanged(org, "大连金港人力资源服务有限公司", "210211", "王立新", email, mobile, version, Instant.now());
    }

    private static String supplementRequested(UUID eventId, String org) {
        UUID caseId = UUID.randomUUID();
        return message(ReviewEvents.SUPPLEMENT_REQUESTED, eventId, caseId.toString(), new SupplementRequested(caseId, UUID.randomUUID(), org,
                "210211", Set.of(ApplicationPart.DESCRIPTION), "请补充近三年输出务工人员名册。", LocalDate.now().plusDays(10), 5, "reviewer-ganjingzi",
                Instant.now()));
    }

    private static <P> String message(EventDefinition<P> event, UUID eventId, String subject, P payload) {
        return new EventCodec().write(new EventEnvelope<>(eventId, event.type(), event.version(), Instant.now(), event.producer(), subject,
                "test-" + UUID.randomUUID(), payload));
    }

    private static void accepting() {
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).atPriority(10).willReturn(accepted()));
    }

    private static ResponseDefinitionBuilder accepted() {
        return okJson("""
                {"requestId": "r", "messageId": "SM2026120100000001", "status": "ACCEPTED", "segments": 1, "acceptedAt": "2026-12-01T01:00:00Z"}""");
    }

    private static ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withHeader("Content-Type", "application/json").withHeader("Retry-After", "1")
                .withBody("{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"短信网关维护中\"}");
    }

    private static List<LoggedRequest> smsTo(String mobile) {
        return GATEWAY.findAll(postRequestedFor(urlEqualTo("/v1/sms/messages")).withRequestBody(matchingJsonPath("$.phoneNumber", equalTo(mobile))));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getHeader(EmailSender.DELIVERY_HEADER) != null
                        && ((InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private UUID delivery(UUID eventId, String channel) {
        return jdbc.sql("SELECT id FROM delivery WHERE event_id = :id AND channel = :channel").param("id", eventId).param("channel", channel)
                .query(UUID.class).single();
    }

    private String status(UUID eventId, String channel) {
        return jdbc.sql("SELECT status FROM delivery WHERE event_id = :id AND channel = :channel").param("id", eventId).param("channel", channel)
                .query(String.class).optional().orElse(null);
    }

    private static GreenMail startedSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }

    private static WireMockServer startedGateway() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}

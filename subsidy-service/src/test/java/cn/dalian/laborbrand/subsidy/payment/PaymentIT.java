package cn.dalian.laborbrand.subsidy.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** Each way a payment can go with the payment system (WireMock), against the real database and Kafka. */
class PaymentIT extends AbstractPaymentIT {

    @Autowired
    PaymentService payments;

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void aPaymentAcceptedAndConfirmedByCallbackDisbursesTheEntitlementAndPaysTheBudgetOnce() {
        // given a payment system that accepts payments, and 大连金港's ¥50,000 in an approved batch
        acceptingPayments();
        UUID city = entitlement("CITY", 5_000_000);
        UUID batch = approvedBatch(city);

        // when the sender sends it
        awaitPayment(city, "ACCEPTED");

        // then it went once, signed, with <entitlement>:1 as the idempotency key and the payee in full
        LoggedRequest sent = sentPayments().getFirst();
        assertThat(sentPayments()).hasSize(1);
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo(city + ":1");
        assertThat(sent.getHeader("X-Merchant-Id")).isEqualTo("dalian-hrss-laborbrand");
        assertThat(new PaymentSignature(SECRET).verifies(sent.getHeader("X-Timestamp"), sent.getHeader("X-Signature"), sent.getBody(), Instant.now()))
                .isTrue();
        assertThat(sent.getBodyAsString()).contains("\"amountFen\":5000000", "\"currency\":\"CNY\"", "\"payeeAccountNumber\":\"" + JINGANG_ACCOUNT + "\"",
                "\"payeeAccountName\":\"" + JINGANG_NAME + "\"", "\"reference\":\"" + city + ":1\"", "2026年度劳务品牌一次性奖补资金",
                "/api/subsidies/payment-callbacks");
        http.get().uri("/api/subsidies/batches/" + batch).headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange().expectBody()
                .jsonPath("$.lines[0].paymentStatus").isEqualTo("ACCEPTED")
                .jsonPath("$.lines[0].paymentStatusLabel").isEqualTo("已提交")
                .jsonPath("$.paymentLabel").isEqualTo("支付中")
                .jsonPath("$.pendingCount").isEqualTo(1);

        // and when the payment system reports it paid (no token: only its signature)
        callback(city + ":1", "SUCCEEDED", 5_000_000, "DLBK20261201000123").expectStatus().isNoContent();

        // then the entitlement is disbursed, the reservation became paid, and finance sees it
        assertThat(entitlementStatus(city)).isEqualTo("DISBURSED");
        assertThat(budget2026()).containsExactly(0L, 5_000_000L, 95_000_000L);
        http.get().uri("/api/subsidies/batches/" + batch).headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange().expectBody()
                .jsonPath("$.lines[0].paymentStatus").isEqualTo("SUCCEEDED")
                .jsonPath("$.lines[0].paymentStatusLabel").isEqualTo("已到账")
                .jsonPath("$.lines[0].paymentReference").isEqualTo(city + ":1")
                .jsonPath("$.lines[0].bankTransactionId").isEqualTo("DLBK20261201000123")
                .jsonPath("$.lines[0].paidAt").isEqualTo("2026-12-01T06:30:05Z")
                .jsonPath("$.paymentLabel").isEqualTo("已支付")
                .jsonPath("$.paidCount").isEqualTo(1)
                .jsonPath("$.failedCount").isEqualTo(0);
        http.get().uri("/api/subsidies/batches?status=APPROVED").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange().expectBody()
                .jsonPath("$.items[0].paymentLabel").isEqualTo("已支付")
                .jsonPath("$.items[0].paidCount").isEqualTo(1);

        // and the registry and the unit hear of it
        var disbursed = KafkaProbe.find(SubsidyEvents.DISBURSED_TOPIC, r -> city.toString().equals(r.key()), DELIVERY);
        assertThat(disbursed).isPresent();
        SubsidyDisbursed payload = new EventCodec().read(disbursed.get().value(), SubsidyEvents.DISBURSED).payload();
        assertThat(payload.amountFen()).isEqualTo(5_000_000L);
        assertThat(payload.batchId()).isEqualTo(batch);
        assertThat(payload.bankTransactionId()).isEqualTo("DLBK20261201000123");
    }

    @Test
    void aServerErrorIsRetriedWithTheSameKeyAndThenAccepted() {
        // given a payment system failing once (503), then accepting
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).inScenario("503").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).inScenario("503").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody(answer("ACCEPTED", "DLBK1"))));
        UUID city = entitlement("CITY", 5_000_000);
        approvedBatch(city);

        // then it is accepted, having been sent twice with one key
        awaitPayment(city, "ACCEPTED");
        assertThat(sentPayments()).hasSize(2).allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(city + ":1"));
        assertThat(entitlementStatus(city)).isEqualTo("APPROVED");
        assertThat(budget2026()).containsExactly(5_000_000L, 0L, 95_000_000L);
    }

    @Test
    void aTimeoutAfterThePaymentSystemAcceptedIsSentAgainWithTheSameKeyAndPaidOnce() {
        // given a payment system that takes the payment but answers after the read timeout, then answers the repeat as a replay
        timingOutAfterAccepting("DLBK20261201000777");
        UUID city = entitlement("CITY", 5_000_000);
        approvedBatch(city);

        // then it is accepted under the one key, one payment
        awaitPayment(city, "ACCEPTED");
        assertThat(sentPayments()).hasSize(2).allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(city + ":1"));
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE entitlement_id = :id").param("id", city).query(Long.class).single()).isEqualTo(1);

        // and when its result comes, it is paid once
        callback(city + ":1", "SUCCEEDED", 5_000_000, "DLBK20261201000777").expectStatus().isNoContent();
        assertThat(entitlementStatus(city)).isEqualTo("DISBURSED");
        assertThat(budget2026()).containsExactly(0L, 5_000_000L, 95_000_000L);
    }

    @Test
    void repeatedAndOutOfOrderCallbacksChangeNothingOnceThePaymentIsFinal() {
        acceptingPayments();
        UUID city = entitlement("CITY", 5_000_000);
        approvedBatch(city);
        awaitPayment(city, "ACCEPTED");

        // when the success arrives twice, then a late acceptance, then a contradicting failure
        callback(city + ":1", "SUCCEEDED", 5_000_000, "DLBK20261201000123").expectStatus().isNoContent();
        callback(city + ":1", "SUCCEEDED", 5_000_000, "DLBK20261201000123").expectStatus().isNoContent();
        callback(city + ":1", "ACCEPTED", 5_000_000, "DLBK20261201000123").expectStatus().isNoContent();
        callback(city + ":1", "FAILED", 5_000_000, "DLBK20261201000123").expectStatus().isNoContent();

        // then it was taken once: paid, the budget paid once, one event
        assertThat(paymentStatus(city)).isEqualTo("SUCCEEDED");
        assertThat(entitlementStatus(city)).isEqualTo("DISBURSED");
        assertThat(budget2026()).containsExactly(0L, 5_000_000L, 95_000_000L);
        assertThat(KafkaProbe.count(SubsidyEvents.DISBURSED_TOPIC, r -> city.toString().equals(r.key()), Duration.ofSeconds(15), 2)).isEqualTo(1);
        assertThat(KafkaProbe.find(SubsidyEvents.PAYMENT_FAILED_TOPIC, r -> city.toString().equals(r.key()), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aForgedStaleUnknownOrWrongAmountCallbackIsRefusedAndChangesNothing() {
        acceptingPayments();
        UUID city = entitlement("CITY", 5_000_000);
        approvedBatch(city);
        awaitPayment(city, "ACCEPTED");
        byte[] success = """
                {"reference": "%s:1", "transactionId": "DLBK1", "status": "SUCCEEDED", "amountFen": 5000000}"""
                .formatted(city).getBytes(StandardCharsets.UTF_8);

        // signed with another secret, signed five minutes and more ago, or the body changed after signing: refused
        signedCallback(success, "not-the-shared-secret", Instant.now()).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("PAYMENT_CALLBACK_SIGNATURE_INVALID");
        signedCallback(success, SECRET, Instant.now().minusSeconds(400)).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("PAYMENT_CALLBACK_SIGNATURE_INVALID");
        long now = Instant.now().getEpochSecond();
        http.post().uri(PaymentCallbackController.PATH).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .header("X-Timestamp", Long.toString(now)).header("X-Signature", new PaymentSignature(SECRET).sign(now, success))
                .body(new String(success, StandardCharsets.UTF_8).replace("5000000", "50000").getBytes(StandardCharsets.UTF_8))
                .exchange().expectStatus().isUnauthorized();
        http.post().uri(PaymentCallbackController.PATH).contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(success)
                .exchange().expectStatus().isUnauthorized();

        // a reference never sent: 404; another amount: 409; not a notice at all: 400
        callback(UUID.randomUUID() + ":1", "SUCCEEDED", 5_000_000, "DLBK1").expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PAYMENT_REFERENCE_UNKNOWN");
        callback(city + ":1", "SUCCEEDED", 500_000, "DLBK1").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("PAYMENT_AMOUNT_MISMATCH").jsonPath("$.amountFen").isEqualTo(5_000_000);
        signedCallback("{\"reference\": ".getBytes(StandardCharsets.UTF_8), SECRET, Instant.now()).expectStatus().isBadRequest();
        signedCallback("{\"reference\": \"x:1\", \"status\": \"SUCCEEDED\", \"amountFen\": 5000000}".getBytes(StandardCharsets.UTF_8), SECRET,
                Instant.now()).expectStatus().isBadRequest();

        // and nothing changed
        assertThat(paymentStatus(city)).isEqualTo("ACCEPTED");
        assertThat(entitlementStatus(city)).isEqualTo("APPROVED");
        assertThat(budget2026()).containsExactly(5_000_000L, 0L, 95_000_000L);
    }

    @Test
    void aRefusalForGoodFailsThePaymentReleasesTheBudgetAndANewBatchPaysItAsTheNextAttempt() {
        // given a payment system that refuses the account for good
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"code\": \"ACCOUNT_INVALID\", \"message\": \"收款账号与户名不符\"}")));
        UUID city = entitlement("CITY", 5_000_000);
        UUID first = approvedBatch(city);

        // then it failed at once, never sent again; nothing is paid, the reservation is released
        awaitPayment(city, "FAILED");
        assertThat(entitlementStatus(city)).isEqualTo("PAYMENT_FAILED");
        assertThat(budget2026()).containsExactly(0L, 0L, 100_000_000L);
        assertThat(sentPayments()).hasSize(1);
        http.get().uri("/api/subsidies/batches/" + first).headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange().expectBody()
                .jsonPath("$.lines[0].paymentStatusLabel").isEqualTo("支付失败")
                .jsonPath("$.lines[0].failureReason").isEqualTo("收款账号与户名不符")
                .jsonPath("$.paymentLabel").isEqualTo("支付失败")
                .jsonPath("$.failedCount").isEqualTo(1);
        var failed = KafkaProbe.find(SubsidyEvents.PAYMENT_FAILED_TOPIC, r -> city.toString().equals(r.key()), DELIVERY);
        assertThat(failed).isPresent();
        SubsidyPaymentFailed payload = new EventCodec().read(failed.get().value(), SubsidyEvents.PAYMENT_FAILED).payload();
        assertThat(payload.failureCode()).isEqualTo("ACCOUNT_INVALID");
        assertThat(payload.paymentReference()).isEqualTo(city + ":1");

        // when the unit corrected its account and finance puts the entitlement into a new batch
        WIREMOCK.resetRequests();
        acceptingPayments();
        UUID second = approvedBatch(city);

        // then it is paid as attempt 2, under a key of its own
        awaitPayment(city, "ACCEPTED");
        assertThat(sentPayments()).singleElement().satisfies(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(city + ":2"));
        callback(city + ":2", "SUCCEEDED", 5_000_000, "DLBK2").expectStatus().isNoContent();
        assertThat(entitlementStatus(city)).isEqualTo("DISBURSED");
        assertThat(budget2026()).containsExactly(0L, 5_000_000L, 95_000_000L);
        assertThat(jdbc.sql("SELECT status FROM payment WHERE entitlement_id = :id ORDER BY attempt").param("id", city).query(String.class).list())
                .containsExactly("FAILED", "SUCCEEDED");
        assertThat(jdbc.sql("SELECT superseded_by FROM payment_batch_line WHERE batch_id = :id").param("id", first).query(UUID.class).single())
                .isEqualTo(second);
    }

    @Test
    void anAcceptedPaymentWithoutCallbackIsAskedForAndOneThePaymentSystemNeverReceivedIsSentAgainWithTheSameKey() {
        // given a payment system that accepts, then, asked, does not know the payment; asked again later, has paid it
        acceptingPayments();
        UUID city = entitlement("CITY", 5_000_000);
        String reference = city + ":1";
        WIREMOCK.stubFor(get(urlEqualTo("/v1/payments/" + reference)).inScenario("lost").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("{\"code\": \"NOT_FOUND\"}"))
                .willSetStateTo("received"));
        WIREMOCK.stubFor(get(urlEqualTo("/v1/payments/" + reference)).inScenario("lost").whenScenarioStateIs("received")
                .willReturn(okJson(answer("SUCCEEDED", "DLBK20261201000999").replace("}", ", \"amountFen\": 5000000, \"completedAt\": \"2026-12-01T06:31:00Z\"}"))));

        approvedBatch(city);

        // then, with no callback ever, it ends paid: sent twice with one key, asked twice
        awaitPayment(city, "SUCCEEDED");
        assertThat(sentPayments()).hasSize(2).allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(reference));
        assertThat(WIREMOCK.findAll(getRequestedFor(urlEqualTo("/v1/payments/" + reference)))).hasSize(2)
                .allSatisfy(request -> assertThat(new PaymentSignature(SECRET).verifies(request.getHeader("X-Timestamp"),
                        request.getHeader("X-Signature"), new byte[0], Instant.now())).isTrue());
        assertThat(entitlementStatus(city)).isEqualTo("DISBURSED");
        assertThat(budget2026()).containsExactly(0L, 5_000_000L, 95_000_000L);
    }

    @Test
    void financeListsThePaymentsAndAsksThePaymentSystemOnDemand() {
        acceptingPayments();
        UUID city = entitlement("CITY", 5_000_000);
        approvedBatch(city);
        awaitPayment(city, "ACCEPTED");
        UUID payment = jdbc.sql("SELECT id FROM payment WHERE entitlement_id = :id").param("id", city).query(UUID.class).single();

        http.get().uri("/api/subsidies/payments?status=ACCEPTED").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].reference").isEqualTo(city + ":1")
                .jsonPath("$.items[0].unitName").isEqualTo(JINGANG_NAME)
                .jsonPath("$.items[0].levelLabel").isEqualTo("市级")
                .jsonPath("$.items[0].amountText").isEqualTo("¥50,000.00")
                .jsonPath("$.items[0].payeeAccountNumber").isEqualTo("3400 **** **** 2345")
                .jsonPath("$.items[0].statusLabel").isEqualTo("已提交")
                .jsonPath("$.items[0].sendCount").isEqualTo(1)
                .jsonPath("$.items[0].attempt").isEqualTo(1)
                .jsonPath("$.items[0].bankTransactionId").isEqualTo("DLBK20261201000123");

        // when finance asks now and the payment system has paid it
        WIREMOCK.stubFor(get(urlEqualTo("/v1/payments/" + city + ":1")).willReturn(okJson(answer("SUCCEEDED", "DLBK20261201000123"))));
        http.post().uri("/api/subsidies/payments/" + payment + "/status-check").headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUCCEEDED").jsonPath("$.statusLabel").isEqualTo("已到账");
        assertThat(entitlementStatus(city)).isEqualTo("DISBURSED");

        // subsidy data is for finance staff only
        http.get().uri("/api/subsidies/payments").headers(Tokens.as(TestUser.APPLICANT_A)).exchange().expectStatus().isForbidden();
        http.post().uri("/api/subsidies/payments/" + payment + "/status-check").headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/subsidies/payments/" + UUID.randomUUID() + "/status-check").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/subsidies/payments").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void sendersRunningAtOnceSendEachPaymentOnce() throws Exception {
        // given a slow payment system and six payments due at once
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withStatus(202).withFixedDelay(300)
                .withHeader("Content-Type", "application/json").withBody(answer("ACCEPTED", "DLBK1"))));
        List<UUID> entitlements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            entitlements.add(entitlement("CITY", 5_000_000));
        }

        // when three senders besides the scheduled one take them, as four instances would
        approvedBatch(entitlements.toArray(UUID[]::new));
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(senders.submit(payments::sendDue));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        }

        // then each was sent once
        await().atMost(PAYING).until(() -> entitlements.stream().allMatch(id -> paymentStatus(id).equals("ACCEPTED")));
        assertThat(sentPayments().stream().map(request -> request.getHeader("Idempotency-Key")))
                .containsExactlyInAnyOrderElementsOf(entitlements.stream().map(id -> id + ":1").toList());
    }

    /** Takes the payment but answers after the client's 1 s read timeout; the same key again is answered as a replay (200). */
    static void timingOutAfterAccepting(String transactionId) {
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(202).withFixedDelay(1_500).withHeader("Content-Type", "application/json")
                        .withBody(answer("ACCEPTED", transactionId)))
                .willSetStateTo("accepted"));
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).inScenario("slow").whenScenarioStateIs("accepted")
                .willReturn(okJson(answer("ACCEPTED", transactionId))));
    }
}

package cn.dalian.laborbrand.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dalian.laborbrand.paymentsimulator.CallbackReceiver.Notice;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentRequest;
import cn.dalian.laborbrand.paymentsimulator.payment.Samples;
import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature;
import cn.dalian.laborbrand.paymentsimulator.statement.Statement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The simulator over real HTTP on a free port, with the platform's callback endpoint played by a local receiver. */
class PaymentSimulatorIT {

    private static final String SECRET = Settings.DEMO_SECRET;
    private static final Duration SETTLE_DELAY = Duration.ofMillis(300);
    private static final Duration BACKOFF = Duration.ofMillis(100);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final MerchantSignature PLATFORM_SIDE = new MerchantSignature(Settings.MERCHANT_ID, SECRET);

    @TempDir
    Path folder;

    private CallbackReceiver receiver;
    private PaymentSimulator simulator;
    private SignedClient client;

    @BeforeEach
    void start() throws IOException {
        receiver = new CallbackReceiver();
        startSimulator(BACKOFF);
    }

    @AfterEach
    void stop() throws IOException {
        simulator.close();
        receiver.close();
    }

    @Test
    void aSignedPaymentIsAcceptedSettledAndItsResultPostedAsASignedCallback() {
        HttpResponse<String> accepted = client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode answer = JSON.readTree(accepted.body());
        assertThat(answer.get("reference").asString()).isEqualTo(Samples.JINGANG_REFERENCE);
        assertThat(answer.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(answer.get("transactionId").asString()).matches("DLBK\\d{8}000001");
        assertThat(Instant.parse(answer.get("acceptedAt").asString())).isNotNull();

        Notice notice = await().atMost(Duration.ofSeconds(10)).until(receiver::notices, notices -> !notices.isEmpty()).getFirst();
        assertThat(PLATFORM_SIDE.verify(notice.headers().getFirst("X-Merchant-Id"), notice.headers().getFirst("X-Timestamp"),
                notice.headers().getFirst("X-Signature"), notice.body(), Instant.now())).isEqualTo(MerchantSignature.Verdict.VALID);
        JsonNode body = JSON.readTree(notice.body());
        assertThat(body.get("reference").asString()).isEqualTo(Samples.JINGANG_REFERENCE);
        assertThat(body.get("transactionId").asString()).isEqualTo(answer.get("transactionId").asString());
        assertThat(body.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(body.get("amountFen").asLong()).isEqualTo(5_000_000L);
        assertThat(body.get("failureCode").isNull()).isTrue();
        assertThat(body.get("notificationId").asString()).isNotBlank();
        assertThat(body.get("completedAt").asString()).isNotBlank();
        assertThat(body.get("sentAt").asString()).isNotBlank();

        JsonNode polled = JSON.readTree(client.get("/v1/payments/" + Samples.JINGANG_REFERENCE).body());
        assertThat(polled.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(polled.get("amountFen").asLong()).isEqualTo(5_000_000L);
        assertThat(polled.get("completedAt").asString()).isEqualTo(body.get("completedAt").asString());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(operatorRow(Samples.JINGANG_REFERENCE).get("callbacksAcknowledged").asInt()).isEqualTo(1));
    }

    @Test
    void aForgedOrStaleRequestIsRefusedAndNothingIsPaid() {
        String payment = json(Samples.jingang(receiver.url()));
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = client.raw("POST", "/v1/payments", payment, "X-Merchant-Id", Settings.MERCHANT_ID, "X-Timestamp",
                Long.toString(now), "X-Signature", new MerchantSignature(Settings.MERCHANT_ID, "guessed-secret").sign(now, payment.getBytes()),
                "Idempotency-Key", Samples.JINGANG_REFERENCE);
        HttpResponse<String> stale = client.payAt(now - 301, Samples.JINGANG_REFERENCE, payment);
        HttpResponse<String> unsigned = client.raw("GET", "/v1/payments/" + Samples.JINGANG_REFERENCE, "");

        assertThat(List.of(forged, stale, unsigned)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("BAD_SIGNATURE");
        });
        assertThat(JSON.readTree(stale.body()).get("message").asString()).contains("300");
        assertThat(client.payAt(now - 290, Samples.JINGANG_REFERENCE, payment).statusCode()).as("within the tolerance").isEqualTo(202);
        assertThat(operatorPayments()).hasSize(1);
    }

    @Test
    void theSameKeyWithTheSameContentIsAReplayAndWithOtherContentAConflictNeverASecondPayment() {
        String payment = json(Samples.jingang(receiver.url()));
        String transactionId = JSON.readTree(client.pay(Samples.JINGANG_REFERENCE, payment).body()).get("transactionId").asString();

        HttpResponse<String> replay = client.pay(Samples.JINGANG_REFERENCE, payment);
        PaymentRequest doubled = new PaymentRequest(Samples.JINGANG_REFERENCE, 10_000_000L, "CNY", "大连金港人力资源服务有限公司",
                "中国工商银行大连星海支行", "3400200109100012345", "2026年度劳务品牌一次性奖补资金", receiver.url());
        HttpResponse<String> conflict = client.pay(Samples.JINGANG_REFERENCE, json(doubled));

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(replay.body()).get("transactionId").asString()).isEqualTo(transactionId);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(conflict.body()).get("code").asString()).isEqualTo("IDEMPOTENCY_CONFLICT");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 1);
        HttpResponse<String> afterSettling = client.pay(Samples.JINGANG_REFERENCE, payment);
        assertThat(JSON.readTree(afterSettling.body()).get("status").asString()).as("a replay tells the current status").isEqualTo("SUCCEEDED");
        JsonNode row = operatorRow(Samples.JINGANG_REFERENCE);
        assertThat(operatorPayments()).hasSize(1);
        assertThat(row.get("amountFen").asLong()).isEqualTo(5_000_000L);
        assertThat(row.get("received").asInt()).isEqualTo(3);
        assertThat(row.get("conflicts").asInt()).isEqualTo(1);
        assertThat(receiver.notices()).as("one payment, one notice").hasSize(1);
    }

    @Test
    void malformedRequestsAndUnknownAccountsAreRefusedForGood() {
        HttpResponse<String> notJson = client.pay(Samples.JINGANG_REFERENCE, "{\"reference\": ");
        HttpResponse<String> otherKey = client.pay(Samples.HAIWAN_REFERENCE, json(Samples.jingang(receiver.url())));
        HttpResponse<String> badAccount = client.pay(Samples.JINGANG_REFERENCE, json(new PaymentRequest(Samples.JINGANG_REFERENCE,
                5_000_000L, "CNY", "大连金港人力资源服务有限公司", "中国工商银行大连星海支行", "ICBC-3400", "2026年度劳务品牌一次性奖补资金",
                receiver.url())));
        HttpResponse<String> neverSent = client.get("/v1/payments/" + Samples.HAIWAN_REFERENCE);

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(otherKey.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(otherKey.body()).get("message").asString()).contains("Idempotency-Key");
        assertThat(badAccount.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(badAccount.body()).get("code").asString()).isEqualTo("ACCOUNT_INVALID");
        assertThat(neverSent.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(neverSent.body()).get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(operatorPayments()).isEmpty();
    }

    @Test
    void aNoticeIsPostedAgainWithBackOffUntilTheReceiverTakesIt() {
        receiver.answerNext(500, 500);

        client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(operatorRow(Samples.JINGANG_REFERENCE).get("callbacksAcknowledged").asInt()).isEqualTo(1));
        List<Notice> notices = receiver.notices();
        assertThat(notices).hasSize(3);
        assertThat(notices).extracting(notice -> JSON.readTree(notice.body()).get("notificationId").asString()).as("one notice, delivered thrice")
                .containsOnly(JSON.readTree(notices.getFirst().body()).get("notificationId").asString());
        assertThat(operatorRow(Samples.JINGANG_REFERENCE).get("callbacksSent").asInt()).isEqualTo(3);
    }

    @Test
    void aReceiverThatNeverTakesTheNoticeGetsFiveAttemptsThenThePlatformMustPoll() {
        receiver.answerAlways(503);

        client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 5);
        await().during(Duration.ofMillis(2_000)).atMost(Duration.ofSeconds(3)).until(() -> receiver.notices().size() == 5);
        assertThat(operatorRow(Samples.JINGANG_REFERENCE).get("callbacksAcknowledged").asInt()).isZero();
        assertThat(JSON.readTree(client.get("/v1/payments/" + Samples.JINGANG_REFERENCE).body()).get("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aPaymentToAClosedAccountFailsWithItsReason() {
        PaymentRequest closed = Samples.closedAccount(receiver.url());

        assertThat(client.pay(closed.reference(), json(closed)).statusCode()).isEqualTo(202);

        Notice notice = await().atMost(Duration.ofSeconds(10)).until(receiver::notices, notices -> !notices.isEmpty()).getFirst();
        JsonNode body = JSON.readTree(notice.body());
        assertThat(body.get("status").asString()).isEqualTo("FAILED");
        assertThat(body.get("failureCode").asString()).isEqualTo("ACCOUNT_CLOSED");
        assertThat(body.get("failureReason").asString()).isEqualTo("收款账户已销户");
        JsonNode polled = JSON.readTree(client.get("/v1/payments/" + closed.reference()).body());
        assertThat(polled.get("status").asString()).isEqualTo("FAILED");
        assertThat(polled.get("failureReason").asString()).isEqualTo("收款账户已销户");
    }

    @Test
    void theDailyStatementListsThePaymentsThatSucceededThatDayAsUtf8Csv() {
        PaymentRequest jingang = Samples.jingang(receiver.url());
        PaymentRequest closed = Samples.closedAccount(receiver.url());
        String transactionId = JSON.readTree(client.pay(jingang.reference(), json(jingang)).body()).get("transactionId").asString();
        client.pay(closed.reference(), json(closed));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 2);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        HttpResponse<String> statement = client.get("/v1/statements/" + today);

        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.headers().firstValue("Content-Type")).contains("text/csv; charset=UTF-8");
        List<String> lines = statement.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).isEqualTo("交易日期,交易时间,银行流水号,业务参考号,收款人户名,收款人账号,收款人开户行,金额(元),交易状态,摘要");
        assertThat(lines.get(1)).startsWith(today + ",").matches("[0-9-]{10},\\d{2}:\\d{2}:\\d{2},.*");
        assertThat(lines.get(1).substring("2026-12-01,14:30:05,".length())).isEqualTo(transactionId + ",9d403f61-8e50-4b12-8d43-5e6f708192a3:1,"
                + "大连金港人力资源服务有限公司,3400200109100012345,中国工商银行大连星海支行,50000.00,成功,2026年度劳务品牌一次性奖补资金");
        assertThat(client.raw("GET", "/simulator/statements/" + today, "").body()).as("the portal's download").isEqualTo(statement.body());
        assertThat(client.get("/v1/statements/" + today.minusDays(1)).body()).isEqualTo(String.join(",", Statement.HEADER) + "\n");
        assertThat(client.get("/v1/statements/2026-13-01").statusCode()).isEqualTo(400);
    }

    @Test
    void aRestartedSimulatorKnowsEveryPaymentFinishesWhatWasLeftAndSettlesNothingTwice() throws IOException {
        // given one payment settled and notified, and a second accepted but not yet settled when the simulator stops
        client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 1);
        String jingangBefore = client.get("/v1/payments/" + Samples.JINGANG_REFERENCE).body();
        client.pay(Samples.HAIWAN_REFERENCE, json(Samples.haiwan(receiver.url())));
        simulator.close();

        // when a new simulator starts on the same folder
        startSimulator(BACKOFF);

        // then it knows the first as it was, settles and notifies the second, and settles neither twice
        assertThat(client.get("/v1/payments/" + Samples.JINGANG_REFERENCE).body()).isEqualTo(jingangBefore);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 2);
        assertThat(receiver.notices()).extracting(notice -> JSON.readTree(notice.body()).get("reference").asString())
                .containsExactly(Samples.JINGANG_REFERENCE, Samples.HAIWAN_REFERENCE);
        PaymentRequest closed = Samples.closedAccount(receiver.url());
        assertThat(JSON.readTree(client.pay(closed.reference(), json(closed)).body()).get("transactionId").asString()).endsWith("000003");
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> settledLines() == 3);
    }

    @Test
    void aNoticeNotYetTakenWhenTheSimulatorStopsIsDeliveredAfterItsRestart() throws IOException {
        // given a notice refused once, its next attempt far away, when the simulator stops
        simulator.close();
        startSimulator(Duration.ofMinutes(10));
        receiver.answerNext(500);
        client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 1);
        simulator.close();

        // when it starts again
        startSimulator(BACKOFF);

        // then the notice goes out again, and is taken
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(operatorRow(Samples.JINGANG_REFERENCE).get("callbacksAcknowledged").asInt()).isEqualTo(1));
        assertThat(receiver.notices()).hasSize(2);
    }

    @Test
    void duringAnOutageEveryPaymentRequestIsAnswered503UntilItEnds() {
        assertThat(client.raw("PUT", "/simulator/outage", "{\"seconds\": 60}").statusCode()).isEqualTo(200);

        HttpResponse<String> down = client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
        assertThat(client.raw("GET", "/actuator/health", "").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(JSON.readTree(client.raw("GET", "/simulator/outage", "").body()).get("active").asBoolean()).isTrue();
        assertThat(client.raw("PUT", "/simulator/outage", "{\"seconds\": -1}").statusCode()).isEqualTo(400);

        client.raw("PUT", "/simulator/outage", "{\"seconds\": 0}");

        assertThat(client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url()))).statusCode()).isEqualTo(202);
    }

    @Test
    void heldNoticesWaitUntilReleasedSoThatThePlatformMustPoll() {
        client.raw("PUT", "/simulator/callbacks", "{\"held\": true}");
        client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));

        await().atMost(Duration.ofSeconds(10)).until(() -> JSON.readTree(client.get("/v1/payments/" + Samples.JINGANG_REFERENCE).body())
                .get("status").asString().equals("SUCCEEDED"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> receiver.notices().isEmpty());
        assertThat(JSON.readTree(client.raw("GET", "/simulator/callbacks", "").body()).get("waiting").asInt()).isEqualTo(1);

        client.raw("PUT", "/simulator/callbacks", "{\"held\": false}");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 1);
    }

    @Test
    void anOperatorCanHaveANoticeDeliveredAgainAsADuplicate() {
        client.pay(Samples.JINGANG_REFERENCE, json(Samples.jingang(receiver.url())));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.notices().size() == 1);

        HttpResponse<String> again = client.raw("POST", "/simulator/payments/" + Samples.JINGANG_REFERENCE + "/callback", "");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("acknowledged").asBoolean()).isTrue();
        List<Notice> notices = receiver.notices();
        assertThat(notices).hasSize(2);
        assertThat(JSON.readTree(notices.get(1).body()).get("notificationId").asString())
                .isEqualTo(JSON.readTree(notices.get(0).body()).get("notificationId").asString());
        assertThat(client.raw("POST", "/simulator/payments/" + Samples.HAIWAN_REFERENCE + "/callback", "").statusCode()).isEqualTo(404);
    }

    private void startSimulator(Duration backoff) throws IOException {
        simulator = PaymentSimulator.start(new Settings("127.0.0.1", 0, Settings.MERCHANT_ID, SECRET, SETTLE_DELAY, backoff,
                folder.resolve("payment-journal.jsonl")));
        client = new SignedClient(simulator.url(), SECRET);
    }

    private List<JsonNode> operatorPayments() {
        HttpResponse<String> response = client.raw("GET", "/simulator/payments", "");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().toList();
    }

    private JsonNode operatorRow(String reference) {
        return operatorPayments().stream().filter(row -> row.get("reference").asString().equals(reference)).findFirst().orElseThrow();
    }

    private long settledLines() throws IOException {
        try (var lines = Files.lines(folder.resolve("payment-journal.jsonl"))) {
            return lines.filter(line -> line.contains("\"type\":\"SETTLED\"")).count();
        }
    }

    private static String json(PaymentRequest request) {
        return JSON.writeValueAsString(request);
    }
}

package cn.dalian.laborbrand.smssimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dalian.laborbrand.smssimulator.message.Samples;
import cn.dalian.laborbrand.smssimulator.message.SmsRequest;
import cn.dalian.laborbrand.smssimulator.signature.RequestSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The simulator over real HTTP on a free port, called as notification-service calls it. */
class SmsSimulatorIT {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private SmsSimulator simulator;
    private SignedClient client;

    @BeforeEach
    void start() throws IOException {
        startSimulator();
    }

    @AfterEach
    void stop() throws IOException {
        simulator.close();
    }

    @Test
    void aSignedMessageIsSentOnceAndReadableOnTheSimulatorsView() {
        HttpResponse<String> sent = client.send(json(Samples.decision()));

        assertThat(sent.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(sent.body());
        assertThat(answer.get("requestId").asString()).isEqualTo(Samples.decision().requestId());
        assertThat(answer.get("messageId").asString()).matches("SM\\d{8}00000001");
        assertThat(answer.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(answer.get("segments").asInt()).isEqualTo(1);
        assertThat(Instant.parse(answer.get("acceptedAt").asString())).isNotNull();

        JsonNode row = operator("/simulator/messages").get(0);
        assertThat(row.get("messageId").asString()).isEqualTo(answer.get("messageId").asString());
        assertThat(row.get("phoneNumber").asString()).isEqualTo(Samples.JINGANG_PHONE);
        assertThat(row.get("signName").asString()).isEqualTo("大连人社");
        assertThat(row.get("content").asString()).isEqualTo(Samples.decision().content());
        assertThat(row.get("duplicates").asInt()).isZero();

        String messageId = answer.get("messageId").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(JSON.readTree(client.get("/v1/sms/messages/" + messageId).body()).get("status").asString()).isEqualTo("DELIVERED"));
        HttpResponse<String> unknown = client.get("/v1/sms/messages/SM2026120199999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theSameRequestIdIsADuplicateWithTheSameMessageIdAndWithOtherContentAConflict() {
        String messageId = JSON.readTree(client.send(json(Samples.decision())).body()).get("messageId").asString();

        HttpResponse<String> duplicate = client.send(json(Samples.decision()));
        SmsRequest changed = new SmsRequest(Samples.decision().requestId(), Samples.REVIEWER_PHONE, "大连人社", Samples.decision().content());
        HttpResponse<String> conflict = client.send(json(changed));

        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(duplicate.body()).get("messageId").asString()).isEqualTo(messageId);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(conflict.body()).get("code").asString()).isEqualTo("IDEMPOTENCY_CONFLICT");
        JsonNode messages = operator("/simulator/messages");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void aForgedStaleReplayedOrUnsignedRequestIsRefusedAndNothingIsSent() {
        String message = json(Samples.decision());
        long now = Instant.now().getEpochSecond();
        String nonce = SignedClient.nonce();

        HttpResponse<String> forged = client.raw("POST", "/v1/sms/messages", message, "X-App-Id", Settings.DEMO_APP_ID, "X-Timestamp",
                Long.toString(now), "X-Nonce", nonce, "X-Signature",
                new RequestSignature(Settings.DEMO_APP_ID, "guessed-secret").sign(now, nonce, message.getBytes()));
        HttpResponse<String> stale = client.sendAt(now - 301, SignedClient.nonce(), message);
        HttpResponse<String> unsigned = client.raw("GET", "/v1/sms/messages/SM2026120100000001", "");
        HttpResponse<String> first = client.sendAt(now, nonce, json(Samples.newCase()));
        HttpResponse<String> replayed = client.sendAt(now, nonce, json(Samples.newCase()));

        assertThat(List.of(forged, stale, unsigned, replayed)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("BAD_SIGNATURE");
        });
        assertThat(JSON.readTree(stale.body()).get("message").asString()).contains("300");
        assertThat(JSON.readTree(replayed.body()).get("message").asString()).contains("X-Nonce");
        assertThat(first.statusCode()).as("the forged request did not use the nonce up").isEqualTo(200);
        assertThat(client.sendAt(now - 290, SignedClient.nonce(), message).statusCode()).as("within the tolerance").isEqualTo(200);
        assertThat(operator("/simulator/messages")).hasSize(2);
    }

    @Test
    void badNumbersUnknownSignNamesLongTextsAndMalformedBodiesArePermanentRefusals() {
        assertRefused(client.send(json(new SmsRequest("r-1", "0411-84312345", "大连人社", "您好"))), 400, "INVALID_PHONE");
        assertRefused(client.send(json(new SmsRequest("r-2", Samples.JINGANG_PHONE, "大连人力资源", "您好"))), 400, "SIGN_NAME_UNKNOWN");
        assertRefused(client.send(json(new SmsRequest("r-3", Samples.JINGANG_PHONE, "大连人社", "审".repeat(495)))), 400, "CONTENT_TOO_LONG");
        assertRefused(client.send("{\"requestId\":\"r-4\",\"phoneNumber\":13940912345}"), 400, "INVALID_REQUEST");
        assertRefused(client.send("not json"), 400, "INVALID_REQUEST");

        assertThat(operator("/simulator/messages")).isEmpty();
        SmsRequest twoSegments = new SmsRequest("r-5", Samples.JINGANG_PHONE, "大连人社", "审".repeat(65));
        assertThat(JSON.readTree(client.send(json(twoSegments)).body()).get("segments").asInt()).isEqualTo(2);
    }

    @Test
    void aSixthMessageToOneNumberWithinAMinuteIsRateLimitedWithRetryAfter() {
        for (int i = 1; i <= 5; i++) {
            assertThat(client.send(json(Samples.supplement("supplement-" + i))).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> sixth = client.send(json(Samples.supplement("supplement-6")));

        assertRefused(sixth, 429, "RATE_LIMITED");
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(client.send(json(Samples.newCase())).statusCode()).as("another number").isEqualTo(200);
        assertThat(operator("/simulator/messages?phone=" + Samples.JINGANG_PHONE)).hasSize(5);
        assertThat(operator("/simulator/messages?phone=" + Samples.REVIEWER_PHONE)).hasSize(1);
    }

    @Test
    void duringAnOutageEveryRequestIsAnsweredServiceUnavailableWithRetryAfterUntilItEnds() {
        HttpResponse<String> started = client.raw("PUT", "/simulator/outage", "{\"seconds\":60}");
        assertThat(JSON.readTree(started.body()).get("active").asBoolean()).isTrue();

        HttpResponse<String> down = client.send(json(Samples.decision()));

        assertRefused(down, 503, "SERVICE_UNAVAILABLE");
        assertThat(Long.parseLong(down.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(operator("/simulator/messages")).isEmpty();

        client.raw("PUT", "/simulator/outage", "{\"seconds\":0}");
        assertThat(JSON.readTree(client.raw("GET", "/simulator/outage", "").body()).get("active").asBoolean()).isFalse();
        assertThat(client.send(json(Samples.decision())).statusCode()).isEqualTo(200);
    }

    @Test
    void injectedFailuresAnswerTheNextSendsWithTheGivenStatusThenTheGatewaySendsAgain() {
        assertThat(client.raw("PUT", "/simulator/failures", "{\"status\":500,\"count\":2}").statusCode()).isEqualTo(200);

        assertRefused(client.send(json(Samples.decision())), 500, "INTERNAL_ERROR");
        assertThat(JSON.readTree(client.raw("GET", "/simulator/failures", "").body()).get("count").asInt()).isEqualTo(1);
        assertRefused(client.send(json(Samples.decision())), 500, "INTERNAL_ERROR");
        assertThat(client.send(json(Samples.decision())).statusCode()).isEqualTo(200);

        client.raw("PUT", "/simulator/failures", "{\"status\":400,\"count\":1}");
        assertRefused(client.send(json(Samples.newCase())), 400, "INVALID_REQUEST");
        assertThat(operator("/simulator/messages")).hasSize(1);
        assertThat(client.raw("PUT", "/simulator/failures", "{\"status\":302,\"count\":1}").statusCode()).isEqualTo(400);
    }

    @Test
    void aRestartOnTheSameJournalKnowsWhatWasSentAndSendsNothingTwice() throws IOException {
        String messageId = JSON.readTree(client.send(json(Samples.decision())).body()).get("messageId").asString();
        simulator.close();

        startSimulator();

        HttpResponse<String> again = client.send(json(Samples.decision()));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("messageId").asString()).isEqualTo(messageId);
        assertThat(JSON.readTree(client.send(json(Samples.newCase())).body()).get("messageId").asString()).endsWith("00000002");
        assertThat(operator("/simulator/messages")).hasSize(2);
        assertThat(client.raw("GET", "/actuator/health", "").body()).contains("\"UP\"");
    }

    private void startSimulator() throws IOException {
        simulator = SmsSimulator.start(new Settings("127.0.0.1", 0, Settings.DEMO_APP_ID, Settings.DEMO_SECRET, Settings.DEMO_SIGN_NAME,
                folder.resolve("sms-journal.jsonl")));
        client = new SignedClient(simulator.url(), Settings.DEMO_SECRET);
    }

    private JsonNode operator(String path) {
        HttpResponse<String> response = client.raw("GET", path, "");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("message").asString()).isNotBlank();
    }

    private static String json(SmsRequest request) {
        return JSON.writeValueAsString(request);
    }
}

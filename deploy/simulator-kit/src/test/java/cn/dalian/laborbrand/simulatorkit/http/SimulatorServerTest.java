package cn.dalian.laborbrand.simulatorkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;

import cn.dalian.laborbrand.simulatorkit.http.Exchanges.Refused;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The kit's HTTP wiring with a toy API and operator endpoints, on a real JDK server. */
class SimulatorServerTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    record Payee(String name) {
    }

    private final Outage outage = new Outage(Clock.fixed(Instant.parse("2026-12-01T06:30:00Z"), ZoneOffset.UTC));
    private SimulatorServer server;

    @BeforeEach
    void start() throws IOException {
        server = SimulatorServer.start(new InetSocketAddress("127.0.0.1", 0), "支付系统", outage, this::api, this::operator, MAPPER);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void api(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestURI().getPath()) {
            case "/v1/payees" -> Exchanges.json(exchange, MAPPER, 200, Exchanges.read(exchange, MAPPER, Payee.class));
            case "/v1/refused" -> throw new Refused(422, "ACCOUNT_CLOSED", "收款账户已销户");
            case "/v1/broken" -> throw new IllegalStateException("账本不可用");
            case "/v1/statement" -> Exchanges.csv(exchange, "statement-2026-12-01.csv", "参考号,金额\n4f1c2a77,50000.00\n");
            default -> throw Exchanges.notFound();
        }
    }

    private void operator(HttpExchange exchange) throws IOException {
        Exchanges.json(exchange, MAPPER, 200, new Payee("大连海湾劳务派遣有限公司"));
    }

    @Test
    void healthAnswersLikeASpringBootAppSoTheLaunchersProbeWorks() {
        HttpResponse<String> health = send("GET", "/actuator/health", "");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void aJsonBodyIsReadAndAnswered() {
        HttpResponse<String> answer = send("POST", "/v1/payees", "{\"name\":\"大连金港人力资源服务有限公司\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"name\":\"大连金港人力资源服务有限公司\"}");
    }

    @Test
    void aRefusalIsAnsweredAsAProblemWithItsStatusAndCode() {
        HttpResponse<String> refused = send("POST", "/v1/refused", "");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).isEqualTo("{\"code\":\"ACCOUNT_CLOSED\",\"message\":\"收款账户已销户\"}");
    }

    @Test
    void anUnexpectedFailureIsA500NamingTheSimulatedSystemNotADroppedConnection() {
        HttpResponse<String> failed = send("GET", "/v1/broken", "");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("INTERNAL_ERROR", "支付系统内部错误：账本不可用");
    }

    @Test
    void anUnknownAddressIs404AndAnEmptyOrMalformedOrOversizedBodyIs400() {
        assertThat(send("GET", "/nowhere", "").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/v1/nowhere", "").body()).contains("NOT_FOUND");
        HttpResponse<String> empty = send("POST", "/v1/payees", "null");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请求体为空");
        assertThat(send("POST", "/v1/payees", "{\"name\":").body()).contains("INVALID_REQUEST", "请求体不是所需的 JSON");
        HttpResponse<String> oversized = send("POST", "/v1/payees", "{\"name\":\"" + "金".repeat(Exchanges.MAX_BODY_BYTES) + "\"}");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(oversized.body()).contains("请求体超过64KB");
    }

    @Test
    void aCsvIsSentAsAnAttachmentInUtf8() {
        HttpResponse<String> statement = send("GET", "/v1/statement", "");

        assertThat(statement.headers().firstValue("Content-Type")).contains("text/csv; charset=UTF-8");
        assertThat(statement.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"statement-2026-12-01.csv\"");
        assertThat(statement.body()).isEqualTo("参考号,金额\n4f1c2a77,50000.00\n");
    }

    @Test
    void duringAnOutageTheApiAnswers503WithRetryAfterAndTheOperatorEndsIt() {
        HttpResponse<String> started = send("PUT", "/simulator/outage", "{\"seconds\":90}");
        assertThat(started.body()).isEqualTo("{\"active\":true,\"until\":\"2026-12-01T06:31:30Z\"}");

        HttpResponse<String> down = send("POST", "/v1/payees", "{\"name\":\"大连海湾劳务派遣有限公司\"}");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).contains("90");
        assertThat(down.body()).contains("SERVICE_UNAVAILABLE", "支付系统维护中，请稍后重试");

        assertThat(send("PUT", "/simulator/outage", "{\"seconds\":0}").body()).isEqualTo("{\"active\":false,\"until\":null}");
        assertThat(send("POST", "/v1/payees", "{\"name\":\"大连海湾劳务派遣有限公司\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void anOutageOfMoreThanADayOrAnOtherMethodIsRefused() {
        assertThat(send("PUT", "/simulator/outage", "{\"seconds\":86401}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/simulator/outage", "{}").statusCode()).isEqualTo(400);
        assertThat(send("DELETE", "/simulator/outage", "").statusCode()).isEqualTo(405);
        assertThat(send("GET", "/simulator/outage", "").body()).isEqualTo("{\"active\":false,\"until\":null}");
        assertThat(send("GET", "/simulator/outages", "").statusCode()).isEqualTo(404);
    }

    @Test
    void theOperatorsOwnEndpointsAnswerDuringAnOutage() {
        send("PUT", "/simulator/outage", "{\"seconds\":90}");

        HttpResponse<String> operator = send("GET", "/simulator/payees", "");

        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).isEqualTo("{\"name\":\"大连海湾劳务派遣有限公司\"}");
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return new PlainClient(server.url()).raw(method, path, body);
    }
}

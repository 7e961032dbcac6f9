package cn.dalian.laborbrand.notification.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.json.JsonMapper;

/** How each answer of the SMS gateway (WireMock, no Spring) is taken: sent, not now, or never. */
class SmsGatewayTest {

    private static final WireMockServer GATEWAY = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    private static final String MOBILE = "13940912345";
    private static final String TEXT = "大连金港人力资源服务有限公司：您的劳务品牌申报需补充材料，请于12月8日前登录平台补正。";

    private CircuitBreakerRegistry breakers;
    private SmsGateway gateway;

    static {
        GATEWAY.start();
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop();
    }

    @BeforeEach
    void givenTheGateway() {
        GATEWAY.resetAll();
        breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().slidingWindowSize(2).minimumNumberOfCalls(2)
                .recordExceptions(HttpServerErrorException.class,
                        ResourceAccessException.class)
                .ignoreExceptions(HttpClientErrorException.class).build());
        gateway = gateway(GATEWAY.baseUrl());
    }

    private SmsGateway gateway(String url) {
        return new SmsGateway(RestClient.builder(), new SmsProperties(url, "dalian-hrss-laborbrand", "sms-demo-secret-2026", "大连人社",
                Duration.ofMillis(500), Duration.ofMillis(500)), JsonMapper.builder().build(), breakers, Clock.systemUTC());
    }

    @Test
    void anAcceptedMessageIsSentWithItsMessageId() {
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).willReturn(okJson("""
                {"requestId":"r","messageId":"SM2026120112345678","status":"ACCEPTED","segments":1,"acceptedAt":"2026-12-01T01:00:00Z"}""")));

        assertThat(gateway.send(UUID.randomUUID(), MOBILE, TEXT)).isEqualTo(new SendResult.Sent("HTTP 200 ACCEPTED",
                "messageId=SM2026120112345678, segments=1", "SM2026120112345678"));
    }

    @Test
    void rateLimitedIsTriedAgainNoSoonerThanTheGatewayAsks() {
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).willReturn(refusal(429, "RATE_LIMITED").withHeader("Retry-After", "45")));

        assertThat(gateway.send(UUID.randomUUID(), MOBILE, TEXT)).isInstanceOfSatisfying(SendResult.Transient.class, later -> {
            assertThat(later.retryAfter()).isEqualTo(Duration.ofSeconds(45));
            assertThat(later.providerStatus()).isEqualTo("HTTP 429 RATE_LIMITED");
        });
    }

    @Test
    void aServerErrorIsTriedAgainLater() {
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).willReturn(refusal(500, "INTERNAL_ERROR")));

        assertThat(gateway.send(UUID.randomUUID(), MOBILE, TEXT)).isInstanceOf(SendResult.Transient.class);
    }

    @Test
    void aRefusalOtherThan429FailsForGoodWithTheGatewaysCode() {
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).willReturn(refusal(401, "BAD_SIGNATURE")));

        assertThat(gateway.send(UUID.randomUUID(), MOBILE, TEXT)).isInstanceOfSatisfying(SendResult.Permanent.class,
                never -> assertThat(never.code()).isEqualTo("BAD_SIGNATURE"));
    }

    @Test
    void aTimeoutIsTriedAgainLater() {
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).willReturn(okJson("{}").withFixedDelay(1500)));

        assertThat(gateway.send(UUID.randomUUID(), MOBILE, TEXT)).isInstanceOfSatisfying(SendResult.Transient.class,
                later -> assertThat(later.providerStatus()).isEqualTo("NO_ANSWER"));
    }

    @Test
    void aRefusedConnectionIsTriedAgainLater() {
        assertThat(gateway("http://127.0.0.1:1").send(UUID.randomUUID(), MOBILE, TEXT)).isInstanceOfSatisfying(SendResult.Transient.class,
                later -> assertThat(later.providerStatus()).isEqualTo("NO_ANSWER"));
    }

    @Test
    void aGatewayFailingAgainAndAgainIsLeftAloneWhileTheBreakerIsOpen() {
        GATEWAY.stubFor(post(urlEqualTo("/v1/sms/messages")).willReturn(refusal(503, "SERVICE_UNAVAILABLE")));
        gateway.send(UUID.randomUUID(), MOBILE, TEXT);
        gateway.send(UUID.randomUUID(), MOBILE, TEXT);

        assertThat(gateway.send(UUID.randomUUID(), MOBILE, TEXT)).isInstanceOfSatisfying(SendResult.Transient.class,
                later -> assertThat(later.providerStatus()).isEqualTo("CIRCUIT_OPEN"));
        GATEWAY.verify(2, postRequestedFor(urlEqualTo("/v1/sms/messages")));
    }

    @Test
    void aMalformedNumberOrATextTooLongFailsForGoodWithoutACall() {
        assertThat(gateway.send(UUID.randomUUID(), "0411-84371234", TEXT)).isInstanceOfSatisfying(SendResult.Permanent.class,
                never -> assertThat(never.code()).isEqualTo("INVALID_PHONE"));
        assertThat(gateway.send(UUID.randomUUID(), MOBILE, "劳".repeat(495))).isInstanceOfSatisfying(SendResult.Permanent.class,
                never -> assertThat(never.code()).isEqualTo("CONTENT_TOO_LONG"));
        GATEWAY.verify(0, postRequestedFor(urlEqualTo("/v1/sms/messages")));
    }

    private static ResponseDefinitionBuilder refusal(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"%s\",\"message\":\"...\"}".formatted(code));
    }
}

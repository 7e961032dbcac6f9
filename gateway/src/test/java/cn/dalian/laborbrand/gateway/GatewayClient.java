package cn.dalian.laborbrand.gateway;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

/** An HTTP client for the gateway under test, as a browser or another system would call it. */
public final class GatewayClient {

    private GatewayClient() {
    }

    public static WebTestClient on(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}

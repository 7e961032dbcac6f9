package cn.dalian.laborbrand.gateway.spa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import reactor.netty.http.client.HttpClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;

/** The SPA served by the gateway: its pages, its assets and their caching, its run-time configuration. */
@GatewayIntegrationTest
class SpaIT {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void theRootIsThePublicPageOfTheSpaAskedForAgainEveryTime() {
        String page = indexAt("/");
        assertThat(page).contains("<div id=\"root\"></div>", "大连市劳务品牌申报认定平台");
    }

    @Test
    void everyClientSideRouteIsAnsweredWithTheSameIndexSoThatAReloadOrABookmarkWorks() {
        assertThat(indexAt("/applications/0a36717b-b61e-45d2-9beb-6f78f7c16096/edit")).isEqualTo(indexAt("/"));
        assertThat(indexAt("/reviews")).isEqualTo(indexAt("/"));
    }

    @Test
    void aHashedAssetIsCachedForAYearBecauseItsNameChangesWithItsContentAndGoesOutCompressed() {
        Matcher script = SCRIPT.matcher(indexAt("/"));
        assertThat(script.find()).as("index.html names its script under /assets/").isTrue();

        // a client that leaves the body as it came (Spring's default connector asks for gzip and unpacks it itself)
        WebTestClient browser = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
                .baseUrl("http://127.0.0.1:" + port).build();
        browser.get().uri(script.group(1)).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
    }

    @Test
    void theBrowserLearnsWhereToSignInFromTheGatewayNotFromTheBuild() {
        http.get().uri("/web-config.json").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectBody()
                .jsonPath("$.clientId").isEqualTo("spa")
                .jsonPath("$.authority").isNotEmpty();
    }

    @Test
    void theSpaMayTalkOnlyToTheGatewayAndToKeycloak() {
        http.get().uri("/").exchange()
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("script-src 'self'", "connect-src 'self' http://", "frame-ancestors 'none'"));
    }

    @Test
    void aMissingFileIsNotFoundAndTheApiIsNotTheSpas() {
        http.get().uri("/assets/index-0000000.js").exchange().expectStatus().isNotFound();
        http.get().uri("/missing.png").exchange().expectStatus().isNotFound();
        http.get().uri("/api/applications").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized();
    }

    private String indexAt(String path) {
        return http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectBody(String.class).returnResult().getResponseBody();
    }
}

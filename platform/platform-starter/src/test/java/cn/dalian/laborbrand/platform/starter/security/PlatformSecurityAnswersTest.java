package cn.dalian.laborbrand.platform.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.problem.ProblemExceptionHandler;

/**
 * What the platform's security answers over HTTP, in front of stand-in endpoints at the real paths: who reads the
 * build's facts and the API description with demonstration data off and on, and how a genuine token with unusable
 * account claims is refused (a 403 problem naming the claim, never a 500).
 */
class PlatformSecurityAnswersTest {

    /** 金港's code, and the same with its check character mistyped. */
    private static final String JINGANG = "912102440580649631";
    private static final String JINGANG_MISTYPED = "912102440580649632";

    /** The tokens the stand-in decoder knows, by their value. */
    private static final Map<String, Jwt> TOKENS = new LinkedHashMap<>();

    static {
        token("operator", "ops-wang", List.of("OPERATOR"), claims -> { });
        token("scraper", "service-account-monitoring", List.of("METRICS_SCRAPER"), claims -> { });
        token("applicant", "applicant-a", List.of("APPLICANT"), claims -> claims.put("orgId", JINGANG));
        token("reviewer", "reviewer-ganjingzi", List.of("DISTRICT_REVIEWER"), claims -> claims.put("district", "210211"));
        token("pilot-zone", "reviewer-jinpu", List.of("DISTRICT_REVIEWER"), claims -> claims.put("district", "DLXD01"));
        token("name-of-100", "张".repeat(100), List.of("APPLICANT"), claims -> claims.put("orgId", JINGANG));
        token("name-of-101", "张".repeat(101), List.of("APPLICANT"), claims -> claims.put("orgId", JINGANG));
        token("no-name", null, List.of("APPLICANT"), claims -> claims.put("orgId", JINGANG));
        token("mistyped-org", "applicant-x", List.of("APPLICANT"), claims -> claims.put("orgId", JINGANG_MISTYPED));
        token("org-too-long", "applicant-y", List.of("APPLICANT"), claims -> claims.put("orgId", JINGANG.repeat(3)));
        token("reviewer-with-bad-org", "reviewer-z", List.of("DISTRICT_REVIEWER"),
                claims -> claims.putAll(Map.of("district", "210211", "orgId", "大连金港人力资源服务有限公司")));
        token("district-too-long", "reviewer-q", List.of("DISTRICT_REVIEWER"), claims -> claims.put("district", "2102110000000000001"));
    }

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class, SecurityAutoConfiguration.class,
                    ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
                    PlatformSecurityAutoConfiguration.class))
            .withUserConfiguration(StandIns.class, ProblemExceptionHandler.class);

    @Test
    void withoutDemoDataTheBuildsFactsAreForOperatorsOnly() {
        web.run(context -> {
            MockMvc http = http(context);

            http.perform(get("/actuator/info")).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
            http.perform(as("applicant", get("/actuator/info"))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            http.perform(as("operator", get("/actuator/info"))).andExpect(status().isOk());
        });
    }

    @Test
    void withoutDemoDataTheApiDescriptionNeedsAPlatformToken() {
        web.run(context -> {
            MockMvc http = http(context);

            for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html")) {
                http.perform(get(path)).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
                http.perform(as("applicant", get(path))).andExpect(status().isOk());
            }
        });
    }

    @Test
    void withDemoDataOnTheBuildsFactsAndTheApiDescriptionAreOpenToAnyone() {
        web.withPropertyValues("laborbrand.demo-data=true").run(context -> {
            MockMvc http = http(context);

            http.perform(get("/actuator/info")).andExpect(status().isOk());
            http.perform(get("/v3/api-docs")).andExpect(status().isOk());
            http.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
            // the rest of the actuator stays the operators'
            http.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        });
    }

    @Test
    void prometheusClientReadsTheMetricsAndNothingElseOfTheActuator() {
        web.run(context -> {
            MockMvc http = http(context);

            http.perform(as("scraper", get("/actuator/prometheus"))).andExpect(status().isOk());
            http.perform(as("operator", get("/actuator/prometheus"))).andExpect(status().isOk());
            http.perform(as("scraper", get("/actuator/info"))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            http.perform(as("applicant", get("/actuator/prometheus"))).andExpect(status().isForbidden());
        });
    }

    @Test
    void healthIsOpenToAnyoneWhateverTheData() {
        web.run(context -> http(context).perform(get("/actuator/health")).andExpect(status().isOk()));
        web.withPropertyValues("laborbrand.demo-data=true").run(context -> http(context).perform(get("/actuator/health")).andExpect(status().isOk()));
    }

    @Test
    void aUserNameUpToTheWidthOfTheActorColumnsIsTaken() {
        web.run(context -> {
            MockMvc http = http(context);

            http.perform(as("name-of-100", get("/api/me"))).andExpect(status().isOk()).andExpect(content().string("张".repeat(100)));
            http.perform(as("reviewer", get("/api/me"))).andExpect(status().isOk());
            http.perform(as("pilot-zone", get("/api/me"))).andExpect(status().isOk());
        });
    }

    @Test
    void aUserNameLongerThanTheActorColumnsIsRefusedWithA403ProblemNamingTheClaim() {
        web.run(context -> http(context).perform(as("name-of-101", get("/api/me")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.code").value("ACCOUNT_CLAIM_INVALID"))
                .andExpect(jsonPath("$.claim").value("preferred_username"))
                .andExpect(jsonPath("$.detail").value("您的账号用户名超过 100 个字符，平台无法记录操作人，请联系管理员更换用户名。")));
    }

    @Test
    void aTokenNamingNoUserIsRefused() {
        web.run(context -> http(context).perform(as("no-name", get("/api/me")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCOUNT_CLAIM_INVALID"))
                .andExpect(jsonPath("$.claim").value("preferred_username")));
    }

    @Test
    void anOrgIdThatIsNoCreditCodeIsRefusedWhateverTheRoleAndTheEndpoint() {
        web.run(context -> {
            MockMvc http = http(context);

            for (String token : List.of("mistyped-org", "org-too-long", "reviewer-with-bad-org")) {
                for (String path : List.of("/api/me", "/v3/api-docs")) {
                    http.perform(as(token, get(path)))
                            .andExpect(status().isForbidden())
                            .andExpect(jsonPath("$.code").value("ACCOUNT_CLAIM_INVALID"))
                            .andExpect(jsonPath("$.claim").value("orgId"))
                            .andExpect(jsonPath("$.detail").value("您的账号关联的申报单位代码不是有效的统一社会信用代码，请联系管理员核实。"));
                }
            }
        });
    }

    @Test
    void aDistrictLongerThanAnyPlaceCodeIsRefused() {
        web.run(context -> http(context).perform(as("district-too-long", get("/api/me")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCOUNT_CLAIM_INVALID"))
                .andExpect(jsonPath("$.claim").value("district")));
    }

    @Test
    void aTokenTheDecoderRefusesIsStill401() {
        web.run(context -> http(context).perform(as("forged", get("/api/me")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.containsString("invalid_token"))));
    }

    private static MockMvc http(org.springframework.web.context.WebApplicationContext context) {
        assertThat(context.getBean("springSecurityFilterChain")).isNotNull();
        return MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static void token(String value, String username, List<String> roles, Consumer<Map<String, Object>> more) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (username != null) {
            claims.put("preferred_username", username);
        }
        claims.put("realm_access", Map.of("roles", roles));
        more.accept(claims);
        TOKENS.put(value, Jwt.withTokenValue(value).header("alg", "RS256").subject("sub-" + value).claims(c -> c.putAll(claims))
                .issuedAt(Instant.parse("2022-11-18T00:00:00Z")).expiresAt(Instant.parse("2099-11-18T01:00:00Z")).build());
    }

    @Configuration(proxyBeanMethods = false)
    static class StandIns {

        /** Stands in for Keycloak's signature check: a token is valid when the test knows it. */
        @Bean
        JwtDecoder jwtDecoder() {
            return value -> {
                Jwt token = TOKENS.get(value);
                if (token == null) {
                    throw new BadJwtException("unknown test token");
                }
                return token;
            };
        }

        @Bean
        Endpoints endpoints() {
            return new Endpoints();
        }
    }

    /** The paths the rules are about, answering as little as possible. */
    @RestController
    static class Endpoints {

        @GetMapping({ "/actuator/health", "/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/swagger-config",
                "/swagger-ui.html", "/swagger-ui/index.html" })
        String document() {
            return "{}";
        }

        @GetMapping("/api/me")
        String me(Principal caller) {
            return caller.getName();
        }
    }
}

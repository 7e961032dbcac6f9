package cn.dalian.laborbrand.application.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Asks eligibility-service what its criteria say of an application's declared figures, on behalf of the person who
 * asked for the check (their token is relayed: eligibility-service checks it again). The platform's one synchronous
 * call between services: short timeouts, one retry after a failed connection, a circuit breaker; when eligibility-service
 * cannot answer, the check says so instead of failing.
 */
@Component
class EligibilityPreviewClient {

    private static final Logger log = LoggerFactory.getLogger(EligibilityPreviewClient.class);
    static final String NAME = "eligibility-preview";

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;

    EligibilityPreviewClient(RestClient.Builder builder, @Value("${laborbrand.eligibility.url}") String url,
            @Value("${laborbrand.eligibility.connect-timeout}") Duration connectTimeout,
            @Value("${laborbrand.eligibility.read-timeout}") Duration readTimeout, CircuitBreakerRegistry breakers, RetryRegistry retries) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(connectTimeout);
        requests.setReadTimeout(readTimeout);
        this.http = builder.baseUrl(url).requestFactory(requests).build();
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
    }

    /** The preview of complete figures; empty while the figures are incomplete (the check lists what is missing). */
    Optional<EligibilityPreview> preview(Application application, List<Integer> campaignYears) {
        Application.Content content = application.content();
        boolean complete = content.labourPractice() != null
                && content.declaredYears().stream().map(YearFigures::year).toList().containsAll(campaignYears);
        if (!complete) {
            return Optional.empty();
        }
        Map<String, Object> figures = Map.of("campaign", application.campaign(), "requestedLevels", content.requestedLevels(),
                "declaredYears", content.declaredYears(), "labourPractice", content.labourPractice());
        try {
            return Optional.of(EligibilityPreview.of(Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> http.post()
                    .uri("/api/eligibility/preview")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + callersToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(figures)
                    .retrieve()
                    .body(EligibilityPreview.Answer.class))).get()));
        } catch (CallNotPermittedException open) {
            return Optional.of(EligibilityPreview.unavailable("资格预评估服务暂时不可用（已暂停调用，稍后自动恢复），不影响提交。"));
        } catch (RestClientException failed) {
            log.warn("eligibility preview of application {} failed: {}", application.id(), failed.toString());
            return Optional.of(EligibilityPreview.unavailable("资格预评估暂时无法完成，不影响提交；提交后系统将自动预审。"));
        }
    }

    private static String callersToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("the eligibility preview is asked for on behalf of a signed-in person");
    }
}

package cn.dalian.laborbrand.registry.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.callbacks.RosterWorkers;
import cn.dalian.laborbrand.platform.starter.web.ServiceCalls;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * application-service's roster, read on behalf of the signed-in reviewer: their token is relayed, so application-service
 * applies their data scope and records each disclosure under their name. Short connect timeout, one retry of a read after
 * a failed connection (never of a disclosure, which application-service records), a circuit breaker; whatever goes
 * wrong answers a clear problem, never a 500.
 */
@Component
class ApplicationServiceRoster implements RosterWorkers {

    private static final Logger log = LoggerFactory.getLogger(ApplicationServiceRoster.class);
    static final String NAME = "application-roster";
    /** The largest page application-service answers. */
    private static final int PAGE = 100;

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ApplicationServiceRoster(RestClient.Builder builder, ApplicationServiceProperties properties, CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        this.http = ServiceCalls.client(builder, properties.applicationServiceUrl(), properties.applicationServiceConnectTimeout(),
                properties.applicationServiceReadTimeout());
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
    }

    /** A worker as application-service answers it (RosterService.MaskedWorker); only what the call-backs use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MaskedWorker(int line, int year, String name, String phone, String employer, String counting) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DisclosedWorker(int line, String name, String phone) {
    }

    @Override
    public List<RosterWorker> workers(UUID applicationId) {
        String token = ServiceCalls.callersToken();
        List<RosterWorker> workers = new ArrayList<>();
        int after = 0;
        MaskedWorker[] page;
        do {
            int from = after;
            page = read(() -> http.get().uri("/api/applications/{id}/roster/workers?after={after}&limit={limit}", applicationId, from, PAGE)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .retrieve()
                    .body(MaskedWorker[].class));
            if (page == null) {
                page = new MaskedWorker[0];
            }
            for (MaskedWorker worker : page) {
                workers.add(new RosterWorker(worker.line(), worker.year(), worker.employer(), worker.name(), worker.phone(),
                        "COUNTED".equals(worker.counting())));
                after = worker.line();
            }
        } while (page.length == PAGE);
        return workers;
    }

    @Override
    public Disclosure disclose(UUID applicationId, int line, String reason) {
        String token = ServiceCalls.callersToken();
        DisclosedWorker disclosed = guarded(() -> http.post().uri("/api/applications/{id}/roster/workers/{line}/disclosure", applicationId, line)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", reason))
                .retrieve()
                .body(DisclosedWorker.class));
        if (disclosed == null || disclosed.line() != line) {
            throw new PlatformException(RosterProblem.ROSTER_SERVICE_UNAVAILABLE);
        }
        return new Disclosure(disclosed.line(), disclosed.name(), disclosed.phone());
    }

    /** A read: retried once after a failed connection. */
    private <T> T read(Supplier<T> call) {
        return guarded(Retry.decorateSupplier(retry, call));
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return CircuitBreaker.decorateSupplier(breaker, call).get();
        } catch (CallNotPermittedException open) {
            throw new PlatformException(RosterProblem.ROSTER_SERVICE_UNAVAILABLE);
        } catch (RestClientResponseException refused) {
            int status = refused.getStatusCode().value();
            if (status == HttpStatus.UNAUTHORIZED.value() || status == HttpStatus.FORBIDDEN.value()) {
                throw new PlatformException(RosterProblem.ROSTER_FORBIDDEN);
            }
            if (status == HttpStatus.NOT_FOUND.value() || status == HttpStatus.UNPROCESSABLE_CONTENT.value()) {
                throw new PlatformException(RosterProblem.ROSTER_NOT_FOUND);
            }
            log.warn("application-service refused the roster: {}", refused.toString());
            throw new PlatformException(RosterProblem.ROSTER_SERVICE_UNAVAILABLE);
        } catch (RestClientException failed) {
            log.warn("the roster could not be read from application-service: {}", failed.toString());
            throw new PlatformException(RosterProblem.ROSTER_SERVICE_UNAVAILABLE);
        }
    }
}

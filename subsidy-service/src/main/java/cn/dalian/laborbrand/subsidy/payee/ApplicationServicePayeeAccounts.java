package cn.dalian.laborbrand.subsidy.payee;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.subsidy.batch.BatchProblem;
import cn.dalian.laborbrand.subsidy.batch.PayeeAccount;
import cn.dalian.laborbrand.subsidy.batch.PayeeAccounts;
import cn.dalian.laborbrand.platform.starter.web.ServiceCalls;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * application-service's payee-account read, on behalf of the signed-in finance clerk: their token is relayed, so
 * application-service checks their role and records the read under their name. Short connect timeout, one retry after a
 * failed connection (a read, safe to repeat), a circuit breaker; a unit without a profile is an account missing, anything
 * else that goes wrong answers 503, never a 500.
 */
@Component
@EnableConfigurationProperties(ApplicationServiceProperties.class)
class ApplicationServicePayeeAccounts implements PayeeAccounts {

    private static final Logger log = LoggerFactory.getLogger(ApplicationServicePayeeAccounts.class);
    static final String NAME = "application-payee";

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ApplicationServicePayeeAccounts(RestClient.Builder builder, ApplicationServiceProperties properties, CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        this.http = ServiceCalls.client(builder, properties.applicationServiceUrl(), properties.applicationServiceConnectTimeout(),
                properties.applicationServiceReadTimeout());
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
    }

    /** The account as application-service answers it (organisation's BankAccount). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BankAccount(String accountName, String bankName, String number) {
    }

    @Override
    public Optional<PayeeAccount> of(String creditCode) {
        String token = ServiceCalls.callersToken();
        Supplier<BankAccount> read = () -> http.get().uri("/api/organisations/{creditCode}/payee-account", creditCode)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve()
                .body(BankAccount.class);
        try {
            BankAccount account = CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, read)).get();
            if (account == null || isBlank(account.number())) {
                return Optional.empty();
            }
            return Optional.of(new PayeeAccount(account.accountName(), account.bankName(), account.number()));
        } catch (CallNotPermittedException open) {
            throw unavailable();
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            log.warn("application-service refused the payee account of {}: {}", creditCode, refused.toString());
            throw unavailable();
        } catch (RestClientException failed) {
            log.warn("the payee account of {} could not be read from application-service: {}", creditCode, failed.toString());
            throw unavailable();
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static PlatformException unavailable() {
        return new PlatformException(BatchProblem.PAYEE_SERVICE_UNAVAILABLE, "申报服务暂时不可用，无法读取申报单位的收款账户，请稍后再试。");
    }
}

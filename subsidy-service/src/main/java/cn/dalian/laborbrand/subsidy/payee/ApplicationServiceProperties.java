package cn.dalian.laborbrand.subsidy.payee;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The subsidy service's one outside call so far: application-service, for a unit's payee account.
 *
 * @param applicationServiceUrl            where application-service answers ({@code APPLICATION_SERVICE_URI})
 * @param applicationServiceConnectTimeout how long to wait for a connection
 * @param applicationServiceReadTimeout    how long to wait for an answer
 */
@ConfigurationProperties("laborbrand.subsidy")
record ApplicationServiceProperties(@DefaultValue("http://127.0.0.1:8081") String applicationServiceUrl,
        @DefaultValue("2s") Duration applicationServiceConnectTimeout, @DefaultValue("10s") Duration applicationServiceReadTimeout) {
}

package cn.dalian.laborbrand.review.exports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exports' one outside call: application-service, for the unit's materials in the city submission package and the
 * districts' names.
 *
 * @param applicationServiceUrl where application-service answers ({@code APPLICATION_SERVICE_URI}, as the gateway finds it)
 * @param connectTimeout        how long to wait for a connection
 * @param readTimeout           how long to wait for each read of an answer (a file streams in many reads)
 */
@ConfigurationProperties("laborbrand.exports")
record ExportsProperties(@DefaultValue("http://127.0.0.1:8081") String applicationServiceUrl, @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {
}

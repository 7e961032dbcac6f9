package cn.dalian.laborbrand.review.exports;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import cn.dalian.laborbrand.review.inspection.Attachment;
import cn.dalian.laborbrand.platform.starter.web.ServiceCalls;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * application-service, asked by the exports: an application's materials and their files, and the district bureau's
 * inspection files the inspection record names, on behalf of the person exporting
 * (their token is relayed, so application-service applies their data scope and audits the reads under their name), and
 * the districts' names (public). Short connect timeout, one retry after a failed connection, a circuit breaker: when
 * application-service cannot answer, the package lists what is missing instead of failing.
 */
@Component
class ApplicationServiceClient {

    private static final Logger log = LoggerFactory.getLogger(ApplicationServiceClient.class);
    static final String NAME = "application-materials";

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ApplicationServiceClient(RestClient.Builder builder, ExportsProperties properties, CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        this.http = ServiceCalls.client(builder, properties.applicationServiceUrl(), properties.connectTimeout(), properties.readTimeout());
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Checklist(List<UnitMaterials.Kind> materials) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record District(String code, String name) {
    }

    /** The materials as the holder of the token may read them. */
    UnitMaterials materialsFor(String bearerToken) {
        return new CallersMaterials(this, bearerToken);
    }

    /** The client on behalf of one person: what the package reads with their token. */
    private record CallersMaterials(ApplicationServiceClient client, String bearerToken) implements UnitMaterials {

        @Override
        public List<Kind> checklist(UUID applicationId) {
            return client.checklist(applicationId, bearerToken);
        }

        @Override
        public String download(UUID applicationId, File file, Path target) {
            return client.download("/api/applications/{id}/materials/files/{fileId}", applicationId, file.id(), file.label(), target,
                    bearerToken);
        }

        @Override
        public String downloadInspectionFile(UUID applicationId, Attachment attachment, Path target) {
            return client.download("/api/applications/{id}/inspection-files/{fileId}", applicationId, attachment.fileId(),
                    attachment.name(), target, bearerToken);
        }
    }

    private List<UnitMaterials.Kind> checklist(UUID applicationId, String bearerToken) {
        Checklist answer = call(() -> http.get().uri("/api/applications/{id}/materials", applicationId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .retrieve()
                .body(Checklist.class), "申报材料清单");
        return answer == null || answer.materials() == null ? List.of() : answer.materials();
    }

    /** A file of the application at the path ({@code {id}} and {@code {fileId}} filled in), under its name or the label given. */
    private String download(String path, UUID applicationId, UUID fileId, String label, Path target, String bearerToken) {
        return call(() -> http.get().uri(path, applicationId, fileId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .exchange((request, response) -> {
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new UnitMaterials.Unavailable(refusal(response.getStatusCode()));
                    }
                    // each attempt starts the file anew
                    try (OutputStream out = Files.newOutputStream(target)) {
                        response.getBody().transferTo(out);
                    }
                    String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
                    String name = disposition == null ? null : ContentDisposition.parse(disposition).getFilename();
                    return name == null || name.isBlank() ? label : name;
                }), label);
    }

    /** The districts' names; none when application-service cannot say (the documents then show codes). */
    DistrictNames districtNames() {
        try {
            District[] districts = call(() -> http.get().uri("/api/public/districts").retrieve().body(District[].class), "地区名称");
            return new DistrictNames(districts == null ? Map.of()
                    : Arrays.stream(districts).collect(Collectors.toMap(District::code, District::name, (first, second) -> first)));
        } catch (UnitMaterials.Unavailable unavailable) {
            log.warn("district names unavailable, documents show codes: {}", unavailable.getMessage());
            return DistrictNames.unknown();
        }
    }

    private <T> T call(Supplier<T> call, String what) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (CallNotPermittedException open) {
            throw new UnitMaterials.Unavailable("申报服务暂时不可用（已暂停调用，稍后自动恢复）", open);
        } catch (RestClientResponseException refused) {
            throw new UnitMaterials.Unavailable(refusal(refused.getStatusCode()), refused);
        } catch (ResourceAccessException unreachable) {
            log.warn("{} could not be read from application-service: {}", what, unreachable.toString());
            throw new UnitMaterials.Unavailable("无法连接申报服务或读取中断", unreachable);
        } catch (RestClientException failed) {
            log.warn("{} could not be read from application-service: {}", what, failed.toString());
            throw new UnitMaterials.Unavailable("申报服务未能提供", failed);
        }
    }

    private static String refusal(HttpStatusCode status) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "申报服务未找到该材料（404）";
        }
        if (status.value() == HttpStatus.FORBIDDEN.value() || status.value() == HttpStatus.UNAUTHORIZED.value()) {
            return "无权读取该材料（" + status.value() + "）";
        }
        return "申报服务未能提供（" + status.value() + "）";
    }
}

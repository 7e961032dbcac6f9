package cn.dalian.laborbrand.gateway.routing;

import java.net.ConnectException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;

/**
 * The services behind the gateway, by route id (application.yml), with the name a person reads when
 * one of them cannot answer.
 */
public enum Upstream {
    APPLICATION("application-service", "申报服务"),
    ELIGIBILITY("eligibility-service", "资格评估服务"),
    REVIEW_WORKFLOW("review-workflow-service", "审核流程服务"),
    BRAND_REGISTRY("brand-registry-service", "品牌名录服务"),
    SUBSIDY("subsidy-service", "补贴发放服务"),
    NOTIFICATION("notification-service", "消息通知服务");

    private final String routeId;
    private final String displayName;

    Upstream(String routeId, String displayName) {
        this.routeId = routeId;
        this.displayName = displayName;
    }

    public String routeId() {
        return routeId;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Upstream> byRouteId(String routeId) {
        return Arrays.stream(values()).filter(upstream -> upstream.routeId.equals(routeId)).findFirst();
    }

    /** Route metadata naming the service a route goes to, on a route whose id is not the service's own. */
    public static final String ROUTE_METADATA = "upstream";

    /** The id of the service a route goes to: the route's 'upstream' metadata, else its id. */
    public static String routeIdOf(Route route) {
        Object upstream = route.getMetadata().get(ROUTE_METADATA);
        return upstream == null ? route.getId() : upstream.toString();
    }

    /** Whether a call failed because the service could not be reached or did not answer in time (not a bug of ours). */
    public static boolean isUnreachableOrSlow(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return isTimeout(failure);
    }

    /**
     * What the caller is told when the circuit breaker gave up on a call: 504 when the service took
     * too long, 503 when it could not be reached or its breaker is open.
     */
    public static ProblemDetail problemFor(String routeId, Throwable failure) {
        String name = byRouteId(routeId).map(Upstream::displayName).orElse("服务");
        return isTimeout(failure)
                ? Problems.of(ProblemCode.GATEWAY_TIMEOUT, name + "响应超时，请稍后重试。")
                : Problems.of(ProblemCode.SERVICE_UNAVAILABLE, name + "暂时不可用，请稍后重试。");
    }

    // the time limiter raises TimeoutException; the HTTP client's response timeout a 504 status
    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof ResponseStatusException status && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
                return true;
            }
        }
        return false;
    }
}

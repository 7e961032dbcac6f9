package cn.dalian.laborbrand.registry.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * The provincial system's client reads the feed and nothing else of the registry, public lists included: its token
 * is refused with {@link FeedProblem#OUTSIDE_THE_FEED} before any other endpoint runs, whatever roles that endpoint
 * admits (so an endpoint added later cannot open the registry to it by accident).
 */
@Configuration
class FeedOnlyClient implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // not on the error dispatch: the first refusal already answered
        registry.addInterceptor(this).excludePathPatterns("/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // only endpoints: an unknown path stays a 404
        if (handler instanceof HandlerMethod endpoint && endpoint.getBeanType() != ProvincialFeedController.class
                && isProvincialSystem(SecurityContextHolder.getContext().getAuthentication())) {
            throw new PlatformException(FeedProblem.OUTSIDE_THE_FEED);
        }
        return true;
    }

    private static boolean isProvincialSystem(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.PROVINCIAL_SYSTEM.authority().equals(authority.getAuthority()));
    }
}

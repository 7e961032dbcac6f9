package cn.dalian.laborbrand.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Puts {@link VerifiedTokenCache} in front of whichever token decoder the gateway uses. */
@Configuration(proxyBeanMethods = false)
class VerifiedTokenCacheConfiguration {

    /** Static: a post-processor is created before the other beans. {@code GATEWAY_VERIFIED_TOKENS=0} turns the cache off. */
    @Bean
    static BeanPostProcessor verifiedTokenCache(@Value("${laborbrand.gateway.verified-tokens:2000}") int maximumTokens) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (maximumTokens > 0 && bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    return new VerifiedTokenCache(decoder, maximumTokens, Clock.systemUTC());
                }
                return bean;
            }
        };
    }
}

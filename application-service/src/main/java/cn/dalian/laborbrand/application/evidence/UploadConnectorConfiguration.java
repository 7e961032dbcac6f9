package cn.dalian.laborbrand.application.evidence;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads that announce themselves with {@code Expect: 100-continue} (curl and most HTTP libraries do for a large body)
 * send their body only once the service starts reading it: an upload refused by its declared length (too large, not
 * the unit's application, materials no longer changeable) is answered at once and its body never crosses the network.
 * Tomcat's default answers "100 Continue" before the service has looked at the request.
 */
@Configuration(proxyBeanMethods = false)
class UploadConnectorConfiguration {

    @Bean
    TomcatConnectorCustomizer continueOnlyWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}

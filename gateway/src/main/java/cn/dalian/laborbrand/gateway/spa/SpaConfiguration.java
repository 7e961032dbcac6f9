package cn.dalian.laborbrand.gateway.spa;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.resource.EncodedResourceResolver;

/**
 * Serves the SPA beside the API. Vite names every asset after its content, so an asset never changes under its
 * name and the browser may keep it for a year; index.html names the current assets, so it is asked for every time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class SpaConfiguration implements WebFluxConfigurer {

    /** Paths that belong to the platform's own handlers, never to the SPA's router. */
    private static final List<String> SERVER_PATHS = List.of("/api/", "/actuator", "/fallback/", "/assets/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                // the build writes a .gz beside each script and style sheet: sent to browsers that accept it, with no
                // compression work here
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
    }

    /** index.html is looked for once, at start-up: a gateway built without the SPA answers its routes "not found". */
    @Bean
    RouterFunction<ServerResponse> spaRoutes(WebProperties web, @Value("classpath:/static/index.html") Resource index) {
        RouterFunctions.Builder routes = RouterFunctions.route()
                .GET("/web-config.json", request -> ServerResponse.ok()
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(web));
        if (index.exists()) {
            routes.GET("/**", isClientRoute(), request -> ServerResponse.ok()
                    .contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(index));
        }
        return routes.build();
    }

    /** A page of the SPA (/, /applications/…, /reviews/…): not a server path and not a file name with an extension. */
    private static RequestPredicate isClientRoute() {
        return request -> {
            String path = request.path();
            String lastSegment = path.substring(path.lastIndexOf('/') + 1);
            return SERVER_PATHS.stream().noneMatch(path::startsWith) && !lastSegment.contains(".");
        };
    }
}

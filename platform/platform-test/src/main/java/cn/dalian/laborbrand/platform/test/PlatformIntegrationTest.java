package cn.dalian.laborbrand.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service on a random port against a real PostgreSQL, a real Kafka broker and a real token
 * issuer (see {@link PlatformTestInfrastructure}), with a {@code RestTestClient} bound to it to inject
 * ({@code @Autowired RestTestClient http}; {@link Tokens#as} signs a request in). Name such test classes
 * {@code …IT}: they run in the integration-test phase.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ContextConfiguration(initializers = PlatformTestInitializer.class)
public @interface PlatformIntegrationTest {
}

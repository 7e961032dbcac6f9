package cn.dalian.laborbrand.gateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole gateway on a random port, validating tokens of the shared test issuer, with every service
 * behind it down (see {@link GatewayTestInitializer}). Name such classes {@code …IT}. Classes that add
 * no properties of their own share one running gateway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GatewayTestInitializer.class)
public @interface GatewayIntegrationTest {
}

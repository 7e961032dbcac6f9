package cn.dalian.laborbrand.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The registry of certified labour brands for their whole life, and the provincial feed. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BrandRegistryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(BrandRegistryServiceApplication.class, args);
    }
}

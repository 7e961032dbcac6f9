package cn.dalian.laborbrand.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The registry of certified labour brands for their whole life, and the provincial feed. */
@SpringBootApplication
public class BrandRegistryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(BrandRegistryServiceApplication.class, args);
    }
}

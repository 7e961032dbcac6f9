package cn.dalian.laborbrand.application;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Intake of labour-brand applications: what an applicant unit prepares and submits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApplicationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApplicationServiceApplication.class, args);
    }
}

package cn.dalian.laborbrand.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The review of an application: district review, public notice, city re-review, approval. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewWorkflowServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewWorkflowServiceApplication.class, args);
    }
}

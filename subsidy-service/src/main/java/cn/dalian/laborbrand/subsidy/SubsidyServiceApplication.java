package cn.dalian.laborbrand.subsidy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one-time subsidy (一次性奖补) of newly certified brands, from entitlement to payout. */
@SpringBootApplication
public class SubsidyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubsidyServiceApplication.class, args);
    }
}

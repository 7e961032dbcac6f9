package cn.dalian.laborbrand.subsidy;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import cn.dalian.laborbrand.subsidy.batch.FakePayeeAccounts;
import cn.dalian.laborbrand.subsidy.reconciliation.FakePaymentLedger;

/**
 * What the finance desk's tests put in place of the outside: application-service's payee accounts and the payment module's
 * ledger. One configuration, so that the tests importing it share one application context.
 */
@TestConfiguration
public class FinanceTestDoubles {

    @Bean
    @Primary
    FakePayeeAccounts fakePayeeAccounts() {
        return new FakePayeeAccounts();
    }

    @Bean
    @Primary
    FakePaymentLedger fakePaymentLedger() {
        return new FakePaymentLedger();
    }
}

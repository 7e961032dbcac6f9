package cn.dalian.laborbrand.contracts.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void theCitySubsidyIsFiveMillionFen() {
        assertThat(Money.yuan(50_000).fen()).isEqualTo(5_000_000L);
    }

    @Test
    void amountsReadAsFinanceStaffWriteThem() {
        assertThat(Money.yuan(100_000).display()).isEqualTo("¥100,000.00");
        assertThat(new Money(5_000_001).display()).isEqualTo("¥50,000.01");
    }

    @Test
    void anAmountIsNeverNegative() {
        assertThatThrownBy(() -> new Money(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

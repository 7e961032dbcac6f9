package cn.dalian.laborbrand.paymentsimulator.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentRequest;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentStatus;
import cn.dalian.laborbrand.paymentsimulator.payment.Samples;

class StatementTest {

    private static final String CALLBACK = "http://127.0.0.1:8080/api/subsidies/payment-callbacks";
    private static final LocalDate DECEMBER_1 = LocalDate.of(2026, 12, 1);

    @Test
    void theStatementListsTheDaysSucceededPaymentsInTheSpecifiedColumnsAndFormat() {
        // given the specification's example payment, settled at 14:30:05 Beijing time
        Payment jingang = settled(Samples.jingang(CALLBACK), "DLBK20261201000123", "2026-12-01T06:30:05Z", PaymentStatus.SUCCEEDED);

        // then its statement is exactly the specification's
        assertThat(Statement.of(DECEMBER_1, List.of(jingang))).isEqualTo("""
                交易日期,交易时间,银行流水号,业务参考号,收款人户名,收款人账号,收款人开户行,金额(元),交易状态,摘要
                2026-12-01,14:30:05,DLBK20261201000123,9d403f61-8e50-4b12-8d43-5e6f708192a3:1,大连金港人力资源服务有限公司,3400200109100012345,中国工商银行大连星海支行,50000.00,成功,2026年度劳务品牌一次性奖补资金
                """);
    }

    @Test
    void theDayIsBeijingsAndOnlyMoneyThatLeftTheAccountIsListedInTheOrderItLeft() {
        Payment earlyMorning = settled(Samples.haiwan(CALLBACK), "DLBK20261130000007", "2026-11-30T16:10:00Z", PaymentStatus.SUCCEEDED);
        Payment afternoon = settled(Samples.jingang(CALLBACK), "DLBK20261201000008", "2026-12-01T06:30:05Z", PaymentStatus.SUCCEEDED);
        Payment failed = settled(Samples.closedAccount(CALLBACK), "DLBK20261201000009", "2026-12-01T07:00:00Z", PaymentStatus.FAILED);
        Payment nextDayInBeijing = settled(new PaymentRequest("7a9d2c41-0e3b-4f58-b6a1-2c8e9f0d3b57:2", 5_000_000L, "CNY",
                "大连金港人力资源服务有限公司", "中国工商银行大连星海支行", "3400200109100012345", "2026年度劳务品牌一次性奖补资金", CALLBACK),
                "DLBK20261201000010", "2026-12-01T16:00:00Z", PaymentStatus.SUCCEEDED);

        List<String> lines = Statement.of(DECEMBER_1, List.of(afternoon, failed, nextDayInBeijing, earlyMorning)).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2026-12-01,00:10:00,DLBK20261130000007,").contains(",100000.00,成功,");
        assertThat(lines.get(2)).startsWith("2026-12-01,14:30:05,DLBK20261201000008,");
    }

    @Test
    void aDayWithoutPaymentsHasTheHeaderOnly() {
        assertThat(Statement.of(DECEMBER_1, List.of())).isEqualTo(String.join(",", Statement.HEADER) + "\n");
    }

    @Test
    void amountsAreYuanWithTwoDecimals() {
        assertThat(Statement.yuan(5_000_000)).isEqualTo("50000.00");
        assertThat(Statement.yuan(10_000_000)).isEqualTo("100000.00");
        assertThat(Statement.yuan(1)).isEqualTo("0.01");
        assertThat(Statement.yuan(123_456_789)).isEqualTo("1234567.89");
    }

    @Test
    void aPurposeWithACommaOrAQuoteIsQuotedSoThatTheColumnsStay() {
        PaymentRequest request = new PaymentRequest(Samples.JINGANG_REFERENCE, 5_000_000L, "CNY", "大连金港人力资源服务有限公司",
                "中国工商银行大连星海支行", "3400200109100012345", "2026年度\"金港家政\"劳务品牌奖补,市级", CALLBACK);

        String line = Statement.of(DECEMBER_1, List.of(settled(request, "DLBK20261201000011", "2026-12-01T06:30:05Z",
                PaymentStatus.SUCCEEDED))).lines().toList().get(1);

        assertThat(line).endsWith(",成功,\"2026年度\"\"金港家政\"\"劳务品牌奖补,市级\"");
    }

    private static Payment settled(PaymentRequest request, String transactionId, String completedAt, PaymentStatus status) {
        Instant completed = Instant.parse(completedAt);
        return new Payment(request, transactionId, status, completed.minusSeconds(2), completed,
                status == PaymentStatus.FAILED ? "ACCOUNT_CLOSED" : null, status == PaymentStatus.FAILED ? "收款账户已销户" : null,
                "0b7c6f1e-2d4a-4e8b-9c3d-5a6f7e8d9c0b", 1, 0, 1, 1);
    }
}

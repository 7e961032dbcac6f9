package cn.dalian.laborbrand.subsidy.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The daily statement's file as the payment system writes it (docs/payment-system-api.md), and every way it can be wrong. */
class StatementFormatTest {

    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final String HEADER = "交易日期,交易时间,银行流水号,业务参考号,收款人户名,收款人账号,收款人开户行,金额(元),交易状态,摘要";
    static final String JINGANG = "2026-12-01,14:30:05,DLBK20261201000123,9d403f61-8e50-4b12-8d43-5e6f708192a3:1,大连金港人力资源服务有限公司,"
            + "3400200109100012345,中国工商银行大连星海支行,50000.00,成功,2026年度劳务品牌一次性奖补资金";
    static final String HAIWAN = "2026-12-01,15:02:41,DLBK20261201000124,5b1f0c1e-2d3a-4f5b-9c6d-7e8f90a1b2c3:2,大连海湾职业培训学校,"
            + "21201500100052016789,中国建设银行大连金州支行,100000.00,成功,2026年度劳务品牌一次性奖补资金";

    @Test
    void aStatementAsThePaymentSystemWritesItIsReadLineByLineInFen() {
        Statement statement = parse(file(HEADER, JINGANG, HAIWAN));

        assertThat(statement.date()).isEqualTo(DEC_1);
        assertThat(statement.lines()).hasSize(2);
        StatementLine first = statement.lines().getFirst();
        assertThat(first.lineNumber()).isEqualTo(2);
        assertThat(first.time()).isEqualTo(LocalTime.of(14, 30, 5));
        assertThat(first.transactionId()).isEqualTo("DLBK20261201000123");
        assertThat(first.reference()).isEqualTo("9d403f61-8e50-4b12-8d43-5e6f708192a3:1");
        assertThat(first.payeeAccountName()).isEqualTo("大连金港人力资源服务有限公司");
        assertThat(first.payeeAccountNumber()).isEqualTo("3400200109100012345");
        assertThat(first.amount()).isEqualTo(Money.yuan(50_000));
        assertThat(first.summary()).isEqualTo("2026年度劳务品牌一次性奖补资金");
        assertThat(statement.total()).isEqualTo(Money.yuan(150_000));
    }

    @Test
    void aByteOrderMarkCrlfLineEndsAQuotedSummaryAndATrailingBlankLineAreAccepted() {
        byte[] withBom = ("\uFEFF" + HEADER + "\r\n" + JINGANG.replace("2026年度劳务品牌一次性奖补资金", "\"2026年度奖补资金,第一批\"") + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);

        Statement statement = parse(withBom);

        assertThat(statement.lines()).singleElement().satisfies(line -> assertThat(line.summary()).isEqualTo("2026年度奖补资金,第一批"));
    }

    @Test
    void anAmountWithFenIsReadExactly() {
        Statement statement = parse(file(HEADER, JINGANG.replace(",50000.00,", ",49999.07,")));

        assertThat(statement.lines().getFirst().amount()).isEqualTo(new Money(4_999_907));
    }

    @Test
    void aDayWithoutPaymentsIsAStatementOfTheStatedDay() {
        Statement statement = StatementFormat.parse(file(HEADER), Optional.of(DEC_1), TODAY);

        assertThat(statement.date()).isEqualTo(DEC_1);
        assertThat(statement.lines()).isEmpty();
        assertThat(statement.total()).isEqualTo(new Money(0));
    }

    @Test
    void aDayWithoutPaymentsNeedsItsDateStated() {
        assertRefused(() -> parse(file(HEADER)), ReconciliationProblem.STATEMENT_DATE_REQUIRED);
    }

    @Test
    void anEmptyFileOrAByteOrderMarkAloneIsEmpty() {
        assertRefused(() -> parse(new byte[0]), ReconciliationProblem.STATEMENT_EMPTY);
        assertRefused(() -> parse(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }), ReconciliationProblem.STATEMENT_EMPTY);
        assertRefused(() -> parse("\r\n\r\n".getBytes(StandardCharsets.UTF_8)), ReconciliationProblem.STATEMENT_EMPTY);
    }

    @Test
    void aFileBeyondOneMegabyteIsNotADaysStatement() {
        assertRefused(() -> parse(new byte[StatementFormat.MAX_BYTES + 1]), ReconciliationProblem.STATEMENT_TOO_LARGE);
    }

    @Test
    void anotherHeaderIsRefusedWithoutReadingItsLines() {
        List<LineError> errors = malformed(file("日期,时间,流水号,参考号,户名,账号,开户行,金额,状态,摘要", JINGANG, "不是一行"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).contains("表头应为「交易日期,交易时间,银行流水号");
        });
    }

    @Test
    void everyFaultOfEveryLineIsReportedWithItsLineNumber() {
        List<LineError> errors = malformed(file(HEADER,
                JINGANG.replace(",50000.00,", ",50000,"),                                   // line 2: no fen
                HAIWAN.replace("15:02:41", "25:02:41").replace(",成功,", ",失败,"),          // line 3: hour 25 and not succeeded
                "2026-12-01,16:00:00,DLBK20261201000125",                                    // line 4: 3 columns
                JINGANG.replace("3400200109100012345", "3400-2001").replace(",50000.00,", ",\"50,000.00\",")
                        .replace("DLBK20261201000123", "DLBK20261201000126"),                // line 5: account and grouping
                HAIWAN.replace("2026-12-01", "2026-12-02").replace("DLBK20261201000124", "DLBK20261201000127"), // line 6: another day
                HAIWAN.replace("2026-12-01", "2026-13-01").replace("DLBK20261201000124", "DLBK20261201000128"), // line 7: no 13th month
                HAIWAN.replace(",21201500100052016789,", ",,").replace("DLBK20261201000124", "DLBK20261201000129"))); // line 8: no account

        assertThat(errors).extracting(LineError::line).containsExactly(2, 3, 3, 4, 5, 5, 6, 7, 8);
        assertThat(errors.get(0).message()).isEqualTo("金额「50000」应为以元为单位、保留两位小数的数字（如 50000.00），不带千位分隔符。");
        assertThat(errors.get(1).message()).isEqualTo("交易时间「25:02:41」不是 HH:mm:ss 格式的时间。");
        assertThat(errors.get(2).message()).contains("交易状态应为「成功」，实际为「失败」");
        assertThat(errors.get(3).message()).isEqualTo("应有 10 列，实际为 3 列。");
        assertThat(errors.get(4).message()).isEqualTo("收款人账号「3400-2001」应为 8 至 30 位数字。");
        assertThat(errors.get(5).message()).contains("金额「50,000.00」");
        assertThat(errors.get(6).message()).isEqualTo("交易日期 2026-12-02 与第一笔交易的日期 2026-12-01 不同：一份对账单只含一天的交易。");
        assertThat(errors.get(7).message()).isEqualTo("交易日期「2026-13-01」不是 yyyy-MM-dd 格式的日期。");
        assertThat(errors.get(8).message()).isEqualTo("收款人账号为空。");
    }

    @Test
    void aLineOfAnotherDayThanTheStatedOneIsAFault() {
        List<LineError> errors = malformed(() -> StatementFormat.parse(file(HEADER, JINGANG), Optional.of(DEC_1.minusDays(1)), TODAY));

        assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("交易日期 2026-12-01 与所选对账日期 2026-11-30 不同：一份对账单只含一天的交易。"));
    }

    @Test
    void aBankTransactionListedTwiceIsAFault() {
        List<LineError> errors = malformed(file(HEADER, JINGANG, HAIWAN.replace("DLBK20261201000124", "DLBK20261201000123")));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).isEqualTo("银行流水号 DLBK20261201000123 与第 2 行重复。");
        });
    }

    @Test
    void aZeroOrNegativeAmountIsAFault() {
        assertThat(malformed(file(HEADER, JINGANG.replace(",50000.00,", ",0.00,")))).extracting(LineError::message).containsExactly("金额不能为 0。");
        assertThat(malformed(file(HEADER, JINGANG.replace(",50000.00,", ",-50000.00,")))).extracting(LineError::message)
                .singleElement().asString().startsWith("金额「-50000.00」");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItStarts() {
        List<LineError> errors = malformed(file(HEADER, JINGANG, HAIWAN.replace("大连海湾职业培训学校", "\"大连海湾职业培训学校")));

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.line()).isEqualTo(3));
    }

    @Test
    void aFileSavedAsGbkIsRefusedAtTheFirstLineThatIsNotUtf8() {
        byte[] gbk = String.join("\n", HEADER, JINGANG).getBytes(Charset.forName("GBK"));

        List<LineError> errors = malformed(gbk);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).contains("不是 UTF-8 编码");
        });
    }

    @Test
    void aStatementOfALaterDayThanTodayCannotExistYet() {
        assertRefused(() -> StatementFormat.parse(file(HEADER, JINGANG), Optional.empty(), DEC_1.minusDays(1)),
                ReconciliationProblem.STATEMENT_DATE_IN_FUTURE);
        assertRefused(() -> StatementFormat.parse(file(HEADER), Optional.of(TODAY.plusDays(1)), TODAY), ReconciliationProblem.STATEMENT_DATE_IN_FUTURE);
    }

    @Test
    void aRefusalListsAtMostAHundredFaultsAndCountsThemAll() {
        String[] lines = new String[151];
        lines[0] = HEADER;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = JINGANG.replace("DLBK20261201000123", "DLBK" + (20261201000000L + i)).replace(",成功,", ",处理中,");
        }

        assertThatThrownBy(() -> parse(file(lines))).isInstanceOfSatisfying(PlatformException.class, problem -> {
            assertThat(problem.code()).isEqualTo(ReconciliationProblem.STATEMENT_MALFORMED);
            assertThat((List<?>) problem.properties().get("errors")).hasSize(100);
            assertThat(problem.properties()).containsEntry("errorCount", 150);
            assertThat(problem.getMessage()).isEqualTo("对账单有 150 处格式错误，未导入任何数据，请按各行的提示核对后重新导入。");
        });
    }

    static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Statement parse(byte[] content) {
        return StatementFormat.parse(content, Optional.empty(), TODAY);
    }

    private static List<LineError> malformed(byte[] content) {
        return malformed(() -> parse(content));
    }

    @SuppressWarnings("unchecked")
    private static List<LineError> malformed(Runnable parse) {
        try {
            parse.run();
        } catch (PlatformException problem) {
            assertThat(problem.code()).isEqualTo(ReconciliationProblem.STATEMENT_MALFORMED);
            return (List<LineError>) problem.properties().get("errors");
        }
        throw new AssertionError("the statement was taken");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse, ReconciliationProblem code) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(code));
    }
}

package cn.dalian.laborbrand.paymentsimulator.statement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentStatus;
import cn.dalian.laborbrand.paymentsimulator.payment.TransactionIds;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The daily statement (对账单) of {@code GET /v1/statements/{date}}: one header line, then one line per payment that
 * SUCCEEDED on that day in Beijing time (money that left the fund's account), in the order they completed; amounts
 * in yuan with two decimals. Fields with a comma or a quote are quoted (RFC 4180); lines end with LF.
 */
public final class Statement {

    public static final List<String> HEADER = List.of("交易日期", "交易时间", "银行流水号", "业务参考号", "收款人户名", "收款人账号",
            "收款人开户行", "金额(元)", "交易状态", "摘要");
    private static final String SUCCEEDED = "成功";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Statement() {
    }

    public static String of(LocalDate day, List<Payment> payments) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(HEADER);
            payments.stream()
                    .filter(payment -> payment.status() == PaymentStatus.SUCCEEDED && beijing(payment).toLocalDate().equals(day))
                    .sorted(Comparator.comparing(Payment::completedAt).thenComparing(Payment::transactionId))
                    .forEach(payment -> {
                        ZonedDateTime completed = beijing(payment);
                        csv.writeRecord(DATE.format(completed), TIME.format(completed), payment.transactionId(), payment.reference(),
                                payment.request().payeeAccountName(), payment.request().payeeAccountNumber(),
                                payment.request().payeeBankName(), yuan(payment.amountFen()), SUCCEEDED, payment.request().purpose());
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** 5000000 fen → {@code 50000.00}. */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static ZonedDateTime beijing(Payment payment) {
        return payment.completedAt().atZone(TransactionIds.BEIJING);
    }
}

package cn.dalian.laborbrand.subsidy.export;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.privacy.Masks;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.subsidy.batch.BatchLine;
import cn.dalian.laborbrand.subsidy.batch.BatchStatus;
import cn.dalian.laborbrand.subsidy.batch.PaymentBatch;

/**
 * A payment batch as the list finance signs and hands on (大连市劳务品牌一次性奖补资金支付清单): the batch's header (year,
 * purpose, status, who prepared and who decided it, when), a line per entitlement with its payee (the account number
 * masked), and the total in figures and in capitals.
 *
 * @param preparedAt  Beijing time, to the minute
 * @param decidedBy   — while it waits for an approver
 */
record PaymentList(int year, String purpose, String status, String preparedBy, String preparedAt, String decidedBy, String decidedAt,
        String returnReason, List<Entry> entries, Money total, String fileStamp) {

    static final String TITLE = "大连市劳务品牌一次性奖补资金支付清单";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ChineseDates.DALIAN);

    /** @param payeeAccountNumber masked: 3400 **** **** 2345 */
    record Entry(int number, String unitName, String brandName, String level, String payeeAccountName, String payeeBankName,
            String payeeAccountNumber, Money amount) {

        public String amountText() {
            return amount.display();
        }

        BigDecimal amountYuan() {
            return Wording.yuan(amount);
        }
    }

    PaymentList {
        entries = List.copyOf(entries);
    }

    static PaymentList of(PaymentBatch batch) {
        List<Entry> entries = new ArrayList<>();
        for (BatchLine line : batch.lines()) {
            entries.add(new Entry(entries.size() + 1, line.unitName(), line.brandName(), line.level().label(), line.payee().accountName(),
                    line.payee().bankName(), Masks.accountNumber(line.payee().number()), line.amount()));
        }
        return new PaymentList(batch.year(), batch.purpose(), batch.status().label(), batch.preparedBy(), Wording.minute(batch.preparedAt()),
                batch.decidedBy() == null ? Wording.NONE : batch.decidedBy(), Wording.minute(batch.decidedAt()),
                batch.status() == BatchStatus.RETURNED ? batch.returnReason() : null, entries, batch.total(), STAMP.format(batch.preparedAt()));
    }

    public String title() {
        return TITLE;
    }

    public String totalText() {
        return total.display();
    }

    /** 人民币壹拾伍万元整 */
    public String totalInWords() {
        return AmountInWords.of(total);
    }

    BigDecimal totalYuan() {
        return Wording.yuan(total);
    }

    /** 支付清单-2026年度-20261130-1015.xlsx: the year and when the batch was prepared tell a year's batches apart. */
    String fileName(String extension) {
        return "支付清单-" + year + "年度-" + fileStamp + "." + extension;
    }
}

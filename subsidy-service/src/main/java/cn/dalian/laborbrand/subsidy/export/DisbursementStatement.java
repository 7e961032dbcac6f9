package cn.dalian.laborbrand.subsidy.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.subsidy.batch.BatchLine;
import cn.dalian.laborbrand.subsidy.batch.BatchStatus;
import cn.dalian.laborbrand.subsidy.batch.PaymentBatch;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment;

/**
 * The year's disbursement statement (年度奖补资金拨付明细表): every entitlement in the year's batches (those not returned),
 * once, in the order the batches were prepared, with where its money stands and, once paid, the day it reached the unit
 * (Beijing time) and the bank's transaction.
 */
record DisbursementStatement(int year, LocalDate asOf, List<Entry> entries) {

    static final String PAID = "已拨付";

    /**
     * @param preparedOn the day its batch was prepared
     * @param status     已拨付, 支付中, 拨付失败, or while no payment is under way its batch's: 待审批, 待支付 (approved)
     * @param paidOn     the day the payment succeeded, null before
     * @param transactionId the bank's transaction of the payment that succeeded, null before
     */
    record Entry(int number, String unitName, String brandName, String level, Money amount, LocalDate preparedOn, String status, LocalDate paidOn,
            String transactionId) {

        public String amountText() {
            return amount.display();
        }

        BigDecimal amountYuan() {
            return Wording.yuan(amount);
        }

        boolean paid() {
            return PAID.equals(status);
        }
    }

    DisbursementStatement {
        entries = List.copyOf(entries);
    }

    /**
     * @param batches  the year's batches with their lines, whatever their status
     * @param payments the platform's payments (every attempt) of the batches' entitlements
     */
    static DisbursementStatement of(int year, List<PaymentBatch> batches, List<LedgerPayment> payments, LocalDate today) {
        Map<UUID, List<LedgerPayment>> byEntitlement = payments.stream().collect(Collectors.groupingBy(LedgerPayment::entitlementId));
        // an entitlement in two of the year's batches (its first payment failed for good) is listed once, under the later batch
        Map<UUID, Placed> placed = new LinkedHashMap<>();
        batches.stream()
                .filter(batch -> batch.status() != BatchStatus.RETURNED)
                .sorted(Comparator.comparing(PaymentBatch::preparedAt))
                .forEach(batch -> batch.lines().forEach(line -> {
                    placed.remove(line.entitlementId());
                    placed.put(line.entitlementId(), new Placed(batch, line));
                }));
        List<Entry> entries = new ArrayList<>();
        placed.values().forEach(place -> entries.add(entry(entries.size() + 1, place, byEntitlement.getOrDefault(place.line().entitlementId(), List.of()))));
        return new DisbursementStatement(year, today, entries);
    }

    private record Placed(PaymentBatch batch, BatchLine line) {
    }

    private static Entry entry(int number, Placed place, List<LedgerPayment> payments) {
        BatchLine line = place.line();
        LocalDate preparedOn = LocalDate.ofInstant(place.batch().preparedAt(), ChineseDates.DALIAN);
        Optional<LedgerPayment> succeeded = payments.stream().filter(payment -> payment.status() == LedgerPayment.Status.SUCCEEDED).findFirst();
        if (succeeded.isPresent()) {
            LedgerPayment paid = succeeded.get();
            return new Entry(number, line.unitName(), line.brandName(), line.level().label(), line.amount(), preparedOn, PAID,
                    paid.completedAt() == null ? null : LocalDate.ofInstant(paid.completedAt(), ChineseDates.DALIAN), paid.transactionId());
        }
        Optional<LedgerPayment> latest = payments.stream().max(Comparator.comparingInt(LedgerPayment::attempt));
        String status = latest.filter(payment -> !failedBefore(payment, place.batch())).map(DisbursementStatement::paymentStatus)
                .orElse(place.batch().status() == BatchStatus.APPROVED ? "待支付" : place.batch().status().label());
        return new Entry(number, line.unitName(), line.brandName(), line.level().label(), line.amount(), preparedOn, status, null, null);
    }

    /** A failure before the batch was prepared was the earlier batch's: this one is a new attempt. */
    private static boolean failedBefore(LedgerPayment payment, PaymentBatch batch) {
        return payment.status() == LedgerPayment.Status.FAILED && payment.completedAt() != null && payment.completedAt().isBefore(batch.preparedAt());
    }

    private static String paymentStatus(LedgerPayment payment) {
        return payment.status() == LedgerPayment.Status.FAILED ? "拨付失败" : "支付中";
    }

    /** 2026年度劳务品牌一次性奖补资金拨付明细表 */
    public String title() {
        return year + "年度劳务品牌一次性奖补资金拨付明细表";
    }

    /** 截至2026年12月2日 */
    public String subtitle() {
        return "截至" + ChineseDates.format(asOf);
    }

    public Money total() {
        return sum(entries);
    }

    public Money paid() {
        return sum(entries.stream().filter(Entry::paid).toList());
    }

    public long paidCount() {
        return entries.stream().filter(Entry::paid).count();
    }

    public String totalText() {
        return total().display();
    }

    public String paidText() {
        return paid().display();
    }

    /** 奖补资金拨付明细表-2026年度.xlsx */
    String fileName(String extension) {
        return "奖补资金拨付明细表-" + year + "年度." + extension;
    }

    private static Money sum(List<Entry> entries) {
        return new Money(entries.stream().mapToLong(entry -> entry.amount().fen()).sum());
    }
}

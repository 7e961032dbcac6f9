package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * The matching of a day's statement against the platform's payments. A statement line is matched by its reference (the
 * platform's idempotency key, which the bank echoes); the platform's payment must then have the line's bank transaction
 * (when it knows it), the line's amount, and have SUCCEEDED. A payment the platform saw succeed that day (Beijing time)
 * that no line lists is missing from the statement, unless another day's current statement lists it (a payment confirmed
 * to the platform just after midnight may be on the bank's statement of the day before); a statement that a corrected one
 * replaced lists nothing any more.
 */
public final class Reconciliation {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Reconciliation() {
    }

    /** Where the day begins in Beijing time; it ends where the next one begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ChineseDates.DALIAN).toInstant();
    }

    /**
     * Every line's result, in the statement's order, then the payments missing from it.
     *
     * @param payments          the platform's payments of the statement's references ({@link PaymentLedger#byReferences})
     * @param succeededThatDay  the platform's payments that succeeded on the statement's day ({@link PaymentLedger#succeededBetween})
     * @param onOtherStatements the references that the current statements of other days list (not superseded ones)
     */
    public static List<StatementEntry> match(Statement statement, Collection<LedgerPayment> payments, Collection<LedgerPayment> succeededThatDay,
            Set<String> onOtherStatements) {
        Map<String, LedgerPayment> byReference = payments.stream()
                .collect(Collectors.toMap(LedgerPayment::reference, Function.identity(), (first, second) -> first));
        Map<String, List<StatementLine>> linesByReference = statement.lines().stream()
                .collect(Collectors.groupingBy(StatementLine::reference, LinkedHashMap::new, Collectors.toList()));
        Map<StatementLine, StatementEntry> results = new LinkedHashMap<>();
        linesByReference.forEach((reference, lines) -> {
            LedgerPayment payment = byReference.get(reference);
            lines.forEach(line -> results.put(line, matchLine(line, payment, lines)));
        });
        List<StatementEntry> entries = new ArrayList<>(statement.lines().stream().map(results::get).toList());
        succeededThatDay.stream()
                .filter(payment -> !linesByReference.containsKey(payment.reference()) && !onOtherStatements.contains(payment.reference()))
                .sorted(Comparator.comparing(LedgerPayment::completedAt).thenComparing(LedgerPayment::reference))
                .forEach(payment -> entries.add(new StatementEntry(MatchStatus.MISSING_FROM_STATEMENT, null, payment,
                        "平台于 %s 确认该笔支付已到账，对账单中没有这笔交易，请与银行核实。".formatted(beijingTime(payment.completedAt())))));
        return List.copyOf(entries);
    }

    /**
     * One line against the platform's payment of its reference. Of several lines with one reference (the bank paid it more
     * than once), the one with the platform's transaction (else the first) is the payment, the others are not.
     */
    private static StatementEntry matchLine(StatementLine line, LedgerPayment payment, List<StatementLine> sameReference) {
        if (payment == null) {
            return new StatementEntry(MatchStatus.NOT_IN_PLATFORM, line, null,
                    "平台没有业务参考号为 %s 的支付记录，请与银行核实这笔交易。".formatted(line.reference()));
        }
        StatementLine own = payment.transactionId() == null ? sameReference.getFirst()
                : sameReference.stream().filter(candidate -> payment.transactionId().equals(candidate.transactionId())).findFirst().orElse(null);
        if (line != own) {
            String note = payment.transactionId() != null
                    ? "平台记录该笔支付的银行流水号为 %s，与对账单的 %s 不同，可能重复支付，请与银行核实。".formatted(payment.transactionId(), line.transactionId())
                    : "同一业务参考号已见于第 %d 行，可能重复支付，请与银行核实。".formatted(own.lineNumber());
            return new StatementEntry(MatchStatus.TRANSACTION_DIFFERS, line, payment, note);
        }
        if (!line.amount().equals(payment.amount())) {
            return new StatementEntry(MatchStatus.AMOUNT_DIFFERS, line, payment,
                    "对账单金额 %s，平台支付金额 %s。".formatted(line.amount().display(), payment.amount().display()));
        }
        if (payment.status() != LedgerPayment.Status.SUCCEEDED) {
            return new StatementEntry(MatchStatus.NOT_CONFIRMED_IN_PLATFORM, line, payment,
                    "平台该笔支付的状态为「%s」，尚未确认到账。".formatted(payment.status().label()));
        }
        return new StatementEntry(MatchStatus.MATCHED, line, payment, null);
    }

    private static String beijingTime(Instant at) {
        return LocalDate.ofInstant(at, ChineseDates.DALIAN) + " " + TIME.format(LocalTime.ofInstant(at, ChineseDates.DALIAN));
    }
}

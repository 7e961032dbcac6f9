package cn.dalian.laborbrand.subsidy.reconciliation;

import java.util.Comparator;

/**
 * One result of a reconciliation: a statement line and the platform's payment it was matched with (if any), or a payment
 * the platform saw succeed that day which the statement lacks (no line).
 *
 * @param line    the bank's line; null for {@link MatchStatus#MISSING_FROM_STATEMENT}
 * @param payment the platform's payment of the line's reference, as it stood at the import; null when there is none
 * @param note    why it does not match, in Chinese; null when it does
 */
public record StatementEntry(MatchStatus status, StatementLine line, LedgerPayment payment, String note) {

    /**
     * Mismatches first, in the order finance works through them, then as the statement lists them (a stable sort keeps
     * the missing payments in the order they were found: by when the platform saw them succeed).
     */
    public static final Comparator<StatementEntry> MISMATCHES_FIRST = Comparator.comparing(StatementEntry::status)
            .thenComparing(entry -> entry.line() == null ? Integer.MAX_VALUE : entry.line().lineNumber());

    public StatementEntry {
        if ((line == null) != (status == MatchStatus.MISSING_FROM_STATEMENT)) {
            throw new IllegalArgumentException("only a payment missing from the statement has no line");
        }
        if (payment == null && line == null) {
            throw new IllegalArgumentException("an entry is a line, a payment, or both");
        }
    }

    /** The reference both sides share: the line's, else the payment's. */
    public String reference() {
        return line != null ? line.reference() : payment.reference();
    }
}

package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What finance staff see of reconciliation: amounts in fen for programs and as text for people, account numbers masked.
 * (Named apart from the batch views: the API document knows its schemas by their simple names.)
 */
final class StatementViews {

    private StatementViews() {
    }

    /** An import in the list: the day, who imported which file when, and what the matching came to. */
    record StatementSummary(UUID id, LocalDate statementDate, String fileName, String importedBy, Instant importedAt, int lineCount, long totalFen,
            String totalText, int matchedCount, int mismatchCount) {
    }

    /** An import with its entries, the mismatches first. */
    record StatementDetail(UUID id, LocalDate statementDate, String fileName, String importedBy, Instant importedAt, int lineCount, long totalFen,
            String totalText, int matchedCount, int mismatchCount, List<StatementEntryView> entries) {
    }

    /**
     * A statement line with its result, or (no {@code lineNumber}, no bank figures) a payment the statement lacks; the
     * {@code platform…} fields are the platform's payment of the reference as it stood at the import, null when there is none.
     */
    record StatementEntryView(Integer lineNumber, MatchStatus matchStatus, String matchStatusLabel, String reference, LocalTime transactionTime,
            String transactionId, String payeeAccountName, String payeeAccountNumber, String payeeBankName, Long amountFen, String amountText,
            String summary, UUID entitlementId, String unitName, String brandName, Long platformAmountFen, String platformAmountText,
            LedgerPayment.Status platformStatus, String platformStatusLabel, String platformTransactionId, Instant platformCompletedAt, String note) {
    }

    /** The answer to an import: {@code duplicate} when this very file had been imported before (nothing changed). */
    record StatementImportAnswer(boolean duplicate, StatementDetail statement) {
    }
}

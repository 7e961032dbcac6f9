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

    /**
     * An import in the list: the day, who imported which file when, what the matching came to, and whether it still counts
     * for its day ({@code CURRENT} 有效) or a later file of the day replaced it ({@code SUPERSEDED} 已被更正, {@code supersededBy}).
     */
    record StatementSummary(UUID id, LocalDate statementDate, String fileName, String importedBy, Instant importedAt, int lineCount, long totalFen,
            String totalText, int matchedCount, int mismatchCount, StatementImport.Status status, String statusLabel, UUID supersededBy,
            Instant supersededAt) {
    }

    /**
     * An import with its entries, the mismatches first; {@code currentImportId} is the day's current import (its own id
     * unless it was superseded).
     */
    record StatementDetail(UUID id, LocalDate statementDate, String fileName, String importedBy, Instant importedAt, int lineCount, long totalFen,
            String totalText, int matchedCount, int mismatchCount, StatementImport.Status status, String statusLabel, UUID supersededBy,
            Instant supersededAt, UUID currentImportId, List<StatementEntryView> entries) {
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

    /**
     * The answer to an import: {@code duplicate} when this very file had been imported before (nothing changed; the earlier
     * import, superseded since perhaps); {@code replaced} the day's import this one replaced, null when there was none.
     */
    record StatementImportAnswer(boolean duplicate, StatementDetail statement, ReplacedImport replaced) {
    }

    /** The day's earlier import that a new file replaced: whose it was, so that the screen can say so. */
    record ReplacedImport(UUID id, String fileName, String importedBy, Instant importedAt) {
    }
}

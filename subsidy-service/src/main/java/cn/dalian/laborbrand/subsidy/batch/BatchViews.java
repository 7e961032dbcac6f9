package cn.dalian.laborbrand.subsidy.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.security.Role;

/** What finance staff see of payment batches: amounts in fen for programs and as text for people, account numbers masked. */
final class BatchViews {

    private BatchViews() {
    }

    /** A batch in the list. */
    record Summary(UUID id, int year, String purpose, BatchStatus status, String statusLabel, long totalFen, String totalText, int lineCount,
            String preparedBy, Instant preparedAt, String decidedBy, Instant decidedAt, String returnReason) {
    }

    /** A batch with its lines and its audit trail. */
    record Detail(UUID id, int year, String purpose, BatchStatus status, String statusLabel, long totalFen, String totalText,
            String preparedBy, Instant preparedAt, String decidedBy, Instant decidedAt, String returnReason, List<Line> lines, List<Step> trail) {
    }

    record Line(UUID entitlementId, String orgId, String unitName, String brandName, CertificationLevel level, String levelLabel, long amountFen,
            String amountText, String payeeAccountName, String payeeBankName, String payeeAccountNumber) {
    }

    record Step(BatchStatus action, String actionLabel, String actor, Role role, Instant at, String reason) {
    }
}

package cn.dalian.laborbrand.subsidy.export;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.subsidy.batch.BatchLine;
import cn.dalian.laborbrand.subsidy.batch.BatchService;
import cn.dalian.laborbrand.subsidy.batch.PaymentBatch;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment;
import cn.dalian.laborbrand.subsidy.reconciliation.PaymentLedger;

/** The documents' contents, read from the batches and the platform's payments. */
@Service
class ExportService {

    private final BatchService batches;
    private final PaymentLedger ledger;
    private final Clock clock;

    ExportService(BatchService batches, PaymentLedger ledger, Clock clock) {
        this.batches = batches;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The batch's payment list; 404 for an unknown batch. */
    PaymentList paymentList(UUID batchId) {
        return PaymentList.of(batches.get(batchId));
    }

    /** The year's disbursement statement, as of today (Beijing). */
    DisbursementStatement disbursements(int year) {
        List<PaymentBatch> ofYear = batches.ofYear(year);
        Set<UUID> entitlements = ofYear.stream().flatMap(batch -> batch.lines().stream()).map(BatchLine::entitlementId).collect(Collectors.toSet());
        List<LedgerPayment> payments = entitlements.isEmpty() ? List.of() : ledger.byEntitlements(entitlements);
        return DisbursementStatement.of(year, ofYear, payments, ChineseDates.today(clock));
    }
}

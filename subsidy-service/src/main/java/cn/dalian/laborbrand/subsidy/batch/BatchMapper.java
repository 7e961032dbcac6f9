package cn.dalian.laborbrand.subsidy.batch;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.subsidy.payment.Payment;
import cn.dalian.laborbrand.subsidy.payment.PaymentCounts;

@Mapper(imports = { cn.dalian.laborbrand.platform.privacy.Masks.class, cn.dalian.laborbrand.subsidy.payment.PaymentStatus.class })
interface BatchMapper {

    @Mapping(target = "statusLabel", expression = "java(batch.status().label())")
    @Mapping(target = "totalFen", source = "batch.total.fen")
    @Mapping(target = "totalText", expression = "java(batch.total().display())")
    @Mapping(target = "paymentLabel", expression = "java(payments.label())")
    @Mapping(target = "paidCount", source = "payments.succeeded")
    @Mapping(target = "failedCount", source = "payments.failed")
    @Mapping(target = "pendingCount", expression = "java(payments.pending())")
    BatchViews.Summary toSummary(PaymentBatch batch, int lineCount, PaymentCounts payments);

    /** The batch with each line's payment (none before approval). */
    default BatchViews.Detail toDetail(PaymentBatch batch, List<BatchStep> trail, Map<UUID, Payment> payments, PaymentCounts counts) {
        return new BatchViews.Detail(batch.id(), batch.year(), batch.purpose(), batch.status(), batch.status().label(), batch.total().fen(),
                batch.total().display(), batch.preparedBy(), batch.preparedAt(), batch.decidedBy(), batch.decidedAt(), batch.returnReason(),
                counts.label(), counts.succeeded(), counts.failed(), counts.pending(),
                batch.lines().stream().map(line -> toLine(line, payments.get(line.entitlementId()))).toList(),
                trail.stream().map(this::toStep).toList());
    }

    @Mapping(target = "entitlementId", source = "line.entitlementId")
    @Mapping(target = "levelLabel", expression = "java(line.level().label())")
    @Mapping(target = "amountFen", source = "line.amount.fen")
    @Mapping(target = "amountText", expression = "java(line.amount().display())")
    @Mapping(target = "payeeAccountName", source = "line.payee.accountName")
    @Mapping(target = "payeeBankName", source = "line.payee.bankName")
    @Mapping(target = "payeeAccountNumber", expression = "java(Masks.accountNumber(line.payee().number()))")
    @Mapping(target = "paymentId", source = "payment.id")
    @Mapping(target = "paymentStatus", source = "payment.status")
    @Mapping(target = "paymentStatusLabel", expression = "java(payment == null ? null : payment.status().label())")
    @Mapping(target = "paymentReference", source = "payment.reference")
    @Mapping(target = "bankTransactionId", source = "payment.transactionId")
    @Mapping(target = "paidAt", expression = "java(payment != null && payment.status() == PaymentStatus.SUCCEEDED ? payment.completedAt() : null)")
    @Mapping(target = "failureReason", source = "payment.failureReason")
    BatchViews.Line toLine(BatchLine line, Payment payment);

    @Mapping(target = "actionLabel", expression = "java(step.action().label())")
    BatchViews.Step toStep(BatchStep step);
}

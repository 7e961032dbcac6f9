package cn.dalian.laborbrand.subsidy.batch;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = cn.dalian.laborbrand.platform.privacy.Masks.class)
interface BatchMapper {

    @Mapping(target = "statusLabel", expression = "java(batch.status().label())")
    @Mapping(target = "totalFen", source = "batch.total.fen")
    @Mapping(target = "totalText", expression = "java(batch.total().display())")
    BatchViews.Summary toSummary(PaymentBatch batch, int lineCount);

    @Mapping(target = "statusLabel", expression = "java(batch.status().label())")
    @Mapping(target = "totalFen", source = "batch.total.fen")
    @Mapping(target = "totalText", expression = "java(batch.total().display())")
    BatchViews.Detail toDetail(PaymentBatch batch, List<BatchStep> trail);

    @Mapping(target = "levelLabel", expression = "java(line.level().label())")
    @Mapping(target = "amountFen", source = "amount.fen")
    @Mapping(target = "amountText", expression = "java(line.amount().display())")
    @Mapping(target = "payeeAccountName", source = "payee.accountName")
    @Mapping(target = "payeeBankName", source = "payee.bankName")
    @Mapping(target = "payeeAccountNumber", expression = "java(Masks.accountNumber(line.payee().number()))")
    BatchViews.Line toLine(BatchLine line);

    @Mapping(target = "actionLabel", expression = "java(step.action().label())")
    BatchViews.Step toStep(BatchStep step);
}

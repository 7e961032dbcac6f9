package cn.dalian.laborbrand.subsidy.reconciliation;

import java.util.List;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = cn.dalian.laborbrand.platform.privacy.Masks.class)
interface StatementMapper {

    @Mapping(target = "totalFen", source = "total.fen")
    @Mapping(target = "totalText", expression = "java(imported.total().display())")
    @Mapping(target = "status", expression = "java(imported.status())")
    @Mapping(target = "statusLabel", expression = "java(imported.status().label())")
    StatementViews.StatementSummary toSummary(StatementImport imported);

    List<StatementViews.StatementSummary> toSummaries(List<StatementImport> imported);

    /** The import with its entries in the order given. */
    @Mapping(target = "totalFen", source = "imported.total.fen")
    @Mapping(target = "totalText", expression = "java(imported.total().display())")
    @Mapping(target = "status", expression = "java(imported.status())")
    @Mapping(target = "statusLabel", expression = "java(imported.status().label())")
    StatementViews.StatementDetail toDetail(StatementImport imported, UUID currentImportId, List<StatementEntry> entries);

    StatementViews.ReplacedImport toReplaced(StatementImport replaced);

    @Mapping(target = "lineNumber", source = "line.lineNumber")
    @Mapping(target = "matchStatus", source = "status")
    @Mapping(target = "matchStatusLabel", expression = "java(entry.status().label())")
    @Mapping(target = "reference", expression = "java(entry.reference())")
    @Mapping(target = "transactionTime", source = "line.time")
    @Mapping(target = "transactionId", source = "line.transactionId")
    @Mapping(target = "payeeAccountName", source = "line.payeeAccountName")
    @Mapping(target = "payeeAccountNumber", expression = "java(entry.line() == null ? null : Masks.accountNumber(entry.line().payeeAccountNumber()))")
    @Mapping(target = "payeeBankName", source = "line.payeeBankName")
    @Mapping(target = "amountFen", source = "line.amount.fen")
    @Mapping(target = "amountText", expression = "java(entry.line() == null ? null : entry.line().amount().display())")
    @Mapping(target = "summary", source = "line.summary")
    @Mapping(target = "entitlementId", source = "payment.entitlementId")
    @Mapping(target = "unitName", source = "payment.unitName")
    @Mapping(target = "brandName", source = "payment.brandName")
    @Mapping(target = "platformAmountFen", source = "payment.amount.fen")
    @Mapping(target = "platformAmountText", expression = "java(entry.payment() == null ? null : entry.payment().amount().display())")
    @Mapping(target = "platformStatus", source = "payment.status")
    @Mapping(target = "platformStatusLabel", expression = "java(entry.payment() == null ? null : entry.payment().status().label())")
    @Mapping(target = "platformTransactionId", source = "payment.transactionId")
    @Mapping(target = "platformCompletedAt", source = "payment.completedAt")
    StatementViews.StatementEntryView toEntry(StatementEntry entry);
}

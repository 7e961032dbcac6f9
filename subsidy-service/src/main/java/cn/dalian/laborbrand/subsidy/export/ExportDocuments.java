package cn.dalian.laborbrand.subsidy.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.documents.PdfDocuments;
import cn.dalian.laborbrand.platform.documents.XlsxTable;
import cn.dalian.laborbrand.platform.documents.XlsxTable.Column;

/**
 * The exports rendered: each as a sheet (amounts as numbers in yuan, so that the sheet adds them up; the header of the
 * batch and the totals below the lines) and as a printable PDF (layout in the templates under {@code documents/exports/}).
 */
@Component
class ExportDocuments {

    private static final List<Column> PAYMENT_LIST_COLUMNS = List.of(new Column("序号", 6), new Column("单位名称", 36), new Column("品牌名称", 32),
            new Column("认定级别", 10), new Column("收款人户名", 36), new Column("开户银行", 30), new Column("收款账号", 24), new Column("金额（元）", 16));

    private static final List<Column> DISBURSEMENT_COLUMNS = List.of(new Column("序号", 6), new Column("单位名称", 36), new Column("品牌名称", 32),
            new Column("认定级别", 10), new Column("金额（元）", 16), new Column("制单日期", 12), new Column("拨付状态", 10), new Column("到账日期", 12),
            new Column("银行流水号", 24));

    private final PdfDocuments pdf = new PdfDocuments("documents/exports/");

    void paymentListXlsx(PaymentList list, OutputStream out) throws IOException {
        try (XlsxTable table = XlsxTable.open(out, "支付清单", PAYMENT_LIST_COLUMNS)) {
            for (PaymentList.Entry entry : list.entries()) {
                table.row(entry.number(), entry.unitName(), entry.brandName(), entry.level(), entry.payeeAccountName(), entry.payeeBankName(),
                        entry.payeeAccountNumber(), entry.amountYuan());
            }
            table.row("合计", null, null, null, null, null, null, list.totalYuan());
            table.row("大写", list.totalInWords());
            table.row();
            table.row(null, list.title());
            table.row("年度", list.year() + "年度");
            table.row("用途", list.purpose());
            table.row("状态", list.status());
            table.row("制单", list.preparedBy() + "　" + list.preparedAt());
            table.row("审批", list.decidedBy() + "　" + list.decidedAt());
            if (list.returnReason() != null) {
                table.row("退回原因", list.returnReason());
            }
        }
    }

    void paymentListPdf(PaymentList list, OutputStream out) {
        pdf.render("payment-list", Map.of("list", list), out);
    }

    void disbursementsXlsx(DisbursementStatement statement, OutputStream out) throws IOException {
        try (XlsxTable table = XlsxTable.open(out, "拨付明细", DISBURSEMENT_COLUMNS)) {
            for (DisbursementStatement.Entry entry : statement.entries()) {
                table.row(entry.number(), entry.unitName(), entry.brandName(), entry.level(), entry.amountYuan(), entry.preparedOn(), entry.status(),
                        entry.paidOn(), entry.transactionId());
            }
            table.row("合计", statement.entries().size() + " 笔", null, null, Wording.yuan(statement.total()));
            table.row("已拨付", statement.paidCount() + " 笔", null, null, Wording.yuan(statement.paid()));
            table.row();
            table.row(null, statement.title() + "（" + statement.subtitle() + "）");
        }
    }

    void disbursementsPdf(DisbursementStatement statement, OutputStream out) {
        pdf.render("disbursement-statement", Map.of("statement", statement), out);
    }
}

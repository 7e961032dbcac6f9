package cn.dalian.laborbrand.review.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.documents.PdfDocuments;
import cn.dalian.laborbrand.platform.documents.XlsxTable;
import cn.dalian.laborbrand.platform.documents.XlsxTable.Column;

/**
 * The exports' documents rendered: the lists as XLSX (streamed row by row) and as printable PDFs, a case's Attachment 1,
 * district opinion and on-site inspection record as PDFs. The PDFs' layout is in the templates under {@code documents/exports/}.
 */
@Component
class ExportDocuments {

    private static final List<Column> NOTICE_COLUMNS = List.of(new Column("序号", 6), new Column("所在地区", 14),
            new Column("劳务品牌名称", 40), new Column("市级品牌名称", 36), new Column("建设单位", 40), new Column("公示层级", 16),
            new Column("公示开始", 12), new Column("公示结束", 12), new Column("状态", 14));

    private static final List<Column> APPROVAL_COLUMNS = List.of(new Column("序号", 6), new Column("所在地区", 14),
            new Column("劳务品牌名称", 40), new Column("市级品牌名称", 36), new Column("建设单位", 40), new Column("申报层级", 12),
            new Column("可认定层级", 12), new Column("区级审核推荐意见", 50), new Column("市级复审意见", 50), new Column("认定层级", 10),
            new Column("认定日期", 12), new Column("状态", 12));

    private final PdfDocuments pdf = new PdfDocuments("documents/exports/");

    void noticeListXlsx(NoticeList list, OutputStream out) throws IOException {
        try (XlsxTable table = XlsxTable.open(out, "公示名单", NOTICE_COLUMNS)) {
            for (NoticeList.Entry entry : list.entries()) {
                table.row(entry.number(), entry.district(), entry.brandName(), entry.cityBrandName(), entry.unitName(), entry.levels(),
                        entry.startsOn(), entry.endsOn(), entry.status());
            }
        }
    }

    void noticeListPdf(NoticeList list, OutputStream out) {
        pdf.render("notice-list", Map.of("list", list), out);
    }

    void approvalListXlsx(ApprovalList list, OutputStream out) throws IOException {
        try (XlsxTable table = XlsxTable.open(out, "核准认定名单", APPROVAL_COLUMNS)) {
            for (ApprovalList.Entry entry : list.entries()) {
                table.row(entry.number(), entry.district(), entry.brandName(), entry.cityBrandName(), entry.unitName(),
                        entry.requestedLevels(), entry.eligibleLevels(), entry.districtOpinion(), entry.cityOpinion(), entry.certifiedLevel(),
                        entry.certifiedOn(), entry.status());
            }
        }
    }

    void approvalListPdf(ApprovalList list, OutputStream out) {
        pdf.render("approval-list", Map.of("list", list), out);
    }

    byte[] applicationForm(ApplicationForm form) {
        return rendered("application-form", Map.of("form", form));
    }

    byte[] districtOpinion(DistrictOpinion opinion) {
        return rendered("district-opinion", Map.of("opinion", opinion));
    }

    byte[] inspectionRecord(InspectionSheet sheet) {
        return rendered("inspection-record", Map.of("sheet", sheet));
    }

    private byte[] rendered(String template, Map<String, ?> variables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render(template, variables, out);
        return out.toByteArray();
    }
}

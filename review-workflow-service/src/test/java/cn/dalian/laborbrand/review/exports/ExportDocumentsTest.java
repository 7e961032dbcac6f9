package cn.dalian.laborbrand.review.exports;

import static cn.dalian.laborbrand.review.exports.ExportSamples.NAMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.precheck.Precheck;
import cn.dalian.laborbrand.review.publicity.NoticePeriod;

/**
 * The templates filled with the document models, read back as a reader gets them: the text of each PDF page, the rows of
 * each sheet. The PDFs are kept in target/documents for a look.
 */
class ExportDocumentsTest {

    private static final Path KEPT = Path.of("target", "documents");

    private final ExportDocuments documents = new ExportDocuments();
    private final ReviewCase jingang = ExportSamples.jingang(ReviewStage.APPROVAL);
    private final NoticePeriod period = new NoticePeriod(jingang.id(), LocalDate.of(2022, 11, 21), LocalDate.of(2022, 11, 25));

    @Test
    void theNoticeListPdfListsEachBrandWithItsUnitLevelsDistrictAndPeriod() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.noticeListPdf(noticeList(), pdf);

        String text = text(pdf.toByteArray(), "notice-list.pdf");
        assertThat(text).contains("2022年度劳务品牌公示名单", "甘井子区 · 截至2022年11月24日", "大连甘井子金港家政服务师劳务品牌", "市级名称：大连金港家政服务师劳务品牌",
                "大连金港人力资源服务有限公司", "区级，推荐市级", "2022-11-21", "2022-11-25", "第 1 页 共 1 页");
    }

    @Test
    void theNoticeListSheetHasAHeaderAndARowPerBrand() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        documents.noticeListXlsx(noticeList(), xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row header = workbook.getSheet("公示名单").getRow(0);
            Row first = workbook.getSheet("公示名单").getRow(1);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("劳务品牌名称");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("大连金港人力资源服务有限公司");
            assertThat(first.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 11, 21));
        }
    }

    @Test
    void theApprovalListPdfShowsTheRecommendationsAndTheReReview() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.approvalListPdf(ApprovalList.of("2022", Optional.empty(), List.of(jingang, ExportSamples.haiwan(ReviewStage.CERTIFIED)),
                ExportSamples::history, NAMES, LocalDate.of(2022, 12, 5)), pdf);

        String text = text(pdf.toByteArray(), "approval-list.pdf");
        assertThat(text).contains("2022年度劳务品牌核准认定名单", "大连甘井子金港家政服务师劳务品牌", "区级入选，推荐市级", "复审材料齐全，同意报请核准",
                "待核准认定", "大连金州海湾焊工劳务品牌", "已认定");
    }

    @Test
    void attachmentOneReadsLikeThePaperForm() throws IOException {
        byte[] pdf = documents.applicationForm(ApplicationForm.of(ExportSamples.application(), Optional.of(jingang.districtDecision())));

        String text = text(pdf, "application-form.pdf");
        assertThat(text).contains("附件1", "大连市劳务品牌申报认定表", "申报单位（盖章）：大连金港人力资源服务有限公司", "912102440580649631", "大连市甘井子区中华西路18号",
                "技能培训情况", "培训合格率", "1120 人", "86.5%", "劳务输出到特色品牌产业就业人数", "劳动监察部门责令整改未完成事项", "金港家政服务师品牌创建于2015年",
                "区市县", "材料齐全，实地查验属实，推荐申报市级。", "2022年11月21日");
    }

    @Test
    void theDistrictOpinionCarriesTheDecisionThePrecheckAndTheHistory() throws IOException {
        byte[] pdf = documents.districtOpinion(DistrictOpinion.of(jingang, Optional.of(period), Optional.of(Precheck.of(ExportSamples.assessment())),
                ExportSamples.history(jingang), NAMES));

        String text = text(pdf, "district-opinion.pdf");
        assertThat(text).contains("区级审核意见", "区级入选，推荐市级", "2022-11-21 至 2022-11-25", "按导入的务工人员花名册核算", "不符合",
                "2021年 培训人数：申报 1120 人，花名册核算 980 人，要求 ≥ 1000 人", "需审核人研判", "市级复审通过", "city-reviewer");
    }

    @Test
    void theInspectionRecordCarriesTheInspectorsEachItemWithItsFindingThePhotosAndTheConclusion() throws IOException {
        byte[] pdf = documents.inspectionRecord(InspectionSheet.of(jingang, ExportSamples.inspection(jingang), NAMES));

        String text = text(pdf, "inspection-record.pdf");
        assertThat(text).contains("实地查验记录", "大连甘井子金港家政服务师劳务品牌", "大连金港人力资源服务有限公司", "甘井子区", "2022年11月18日", "王立新、刘佳",
                "认定标准核查", "2021 年申报 1120 人，花名册核实", "现场查看材料", "劳动关系协调组织及协调员", "存在出入",
                "1 人培训签到记录缺少本人签字", "培训场地现场照片.jpg", "花名册抽查记录.pdf", "查验属实",
                "经实地查验，培训场地、培训台账及务工人员花名册与申报材料一致", "reviewer-ganjingzi", "2022-11-18 15:30", "第 1 页 共");
    }

    private NoticeList noticeList() {
        return NoticeList.of("2022", Optional.of("210211"), List.of(ExportSamples.jingang(ReviewStage.PUBLICITY)), Map.of(jingang.id(), period),
                NAMES, ExportSamples.NOV_24);
    }

    private static String text(byte[] pdf, String keptAs) throws IOException {
        Files.createDirectories(KEPT);
        Files.write(KEPT.resolve(keptAs), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a cell's text wraps where the column ends: read it as one run of text
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
        }
    }
}

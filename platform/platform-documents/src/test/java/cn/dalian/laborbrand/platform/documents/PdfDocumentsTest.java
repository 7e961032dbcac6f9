package cn.dalian.laborbrand.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    record Brand(String brand, String unit) {
    }

    private final PdfDocuments documents = new PdfDocuments("documents-test/");

    @Test
    void aChineseDocumentReadsBackWithItsTextAndPageNumbers() throws IOException {
        byte[] pdf = render(brands(3));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2022年度劳务品牌公示名单", "大连甘井子金港焊工劳务品牌 1", "大连金港人力资源服务有限公司",
                    "第 1 页 共 1 页");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("2022年度劳务品牌公示名单");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("pdfaid:part", "2");
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetOfNotoSansScOnEveryPage() throws IOException {
        byte[] pdf = render(brands(80));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                List<PDFont> fonts = new ArrayList<>();
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    // PDFBox names a subset ABCDEF+<font>
                    assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                });
            }
            // the subset holds the glyphs used, not the 2.5 MB font
            assertThat(pdf.length).isLessThan(300_000);
        }
    }

    @Test
    void aLongTableGoesOnA4PagesNumberedOfTheTotal() throws IOException {
        byte[] pdf = render(brands(80));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            lastPage.setEndPage(pages);
            String text = lastPage.getText(document);
            // the header row again on the last page
            assertThat(text).contains("第 " + pages + " 页 共 " + pages + " 页", "大连甘井子金港焊工劳务品牌 80", "序号 品牌名称 建设单位");
        }
    }

    @Test
    void valuesAreTextNeverMarkup() throws IOException {
        String xhtml = documents.xhtml("sample", Map.of("title", "公示名单", "note", "<b>加粗</b> & 说明", "rows", List.of()));

        assertThat(xhtml).contains("&lt;b&gt;加粗&lt;/b&gt; &amp; 说明");
        try (PDDocument document = Loader.loadPDF(toPdf(xhtml))) {
            assertThat(new PDFTextStripper().getText(document)).contains("<b>加粗</b> & 说明");
        }
    }

    @Test
    void aDocumentThatIsNotWellFormedIsRefusedWithItsReason() {
        assertThatThrownBy(() -> PdfDocuments.renderXhtml("<html><body><p>未闭合</body></html>", new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed");
    }

    private byte[] render(List<Brand> rows) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.render("sample", Map.of("title", "2022年度劳务品牌公示名单", "note", "公示期：2022年11月24日至2022年11月30日", "rows", rows), pdf);
        return pdf.toByteArray();
    }

    private static byte[] toPdf(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfDocuments.renderXhtml(xhtml, pdf);
        return pdf.toByteArray();
    }

    private static List<Brand> brands(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Brand("大连甘井子金港焊工劳务品牌 " + i, "大连金港人力资源服务有限公司")).toList();
    }
}

package cn.dalian.laborbrand.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file's name is only a label: never a path, never invisible tricks, never longer than a person reads. */
class FileLabelTest {

    @Test
    void foldersBeforeTheNameAreDropped() {
        assertThat(FileLabel.of("../../etc/passwd", MaterialKind.LABOUR_RULES)).isEqualTo("passwd");
        assertThat(FileLabel.of("C:\\Users\\王丽\\Desktop\\营业执照.pdf", MaterialKind.BUSINESS_LICENCE)).isEqualTo("营业执照.pdf");
    }

    @Test
    void controlAndInvisibleFormatCharactersAreRemoved() {
        // a right-to-left override makes "营业执照\u202Efdp.exe" read as 营业执照exe.pdf
        assertThat(FileLabel.of("营业执照\u202Efdp.exe", MaterialKind.BUSINESS_LICENCE)).isEqualTo("营业执照fdp.exe");
        assertThat(FileLabel.of("集体\u0000合同\u200B.pdf", MaterialKind.COLLECTIVE_CONTRACT)).isEqualTo("集体合同.pdf");
        assertThat(FileLabel.of("  劳动\t规章\n制度 .pdf  ", MaterialKind.LABOUR_RULES)).isEqualTo("劳动 规章 制度 .pdf");
    }

    @Test
    void withoutAUsableNameTheKindsNameStandsIn() {
        assertThat(FileLabel.of(null, MaterialKind.ATTACHMENT_TWO)).isEqualTo("附件2 推荐对象征求意见表");
        assertThat(FileLabel.of("/tmp/", MaterialKind.ATTACHMENT_TWO)).isEqualTo("附件2 推荐对象征求意见表");
        assertThat(FileLabel.of("..", MaterialKind.APPLICATION_REPORT)).isEqualTo("申报报告");
    }

    @Test
    void aLongNameIsCutToOneHundredCharactersKeepingItsExtension() {
        String label = FileLabel.of("大连金港人力资源服务有限公司".repeat(10) + ".pdf", MaterialKind.APPLICATION_REPORT);

        assertThat(label.codePointCount(0, label.length())).isEqualTo(100);
        assertThat(label).endsWith(".pdf").startsWith("大连金港");
    }

    @Test
    void aDownloadIsNamedWithTheExtensionOfWhatItReallyIs() {
        assertThat(FileLabel.downloadName("营业执照", "image/png")).isEqualTo("营业执照.png");
        assertThat(FileLabel.downloadName("营业执照.PNG", "image/png")).isEqualTo("营业执照.PNG");
        assertThat(FileLabel.downloadName("营业执照.pdf", "image/jpeg")).isEqualTo("营业执照.pdf.jpg");
        assertThat(FileLabel.downloadName("扫描件.jpeg", "image/jpeg")).isEqualTo("扫描件.jpeg");
    }
}

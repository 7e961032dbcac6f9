package cn.dalian.laborbrand.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** A file's type comes from its first bytes, never from its name or its declared type. */
class ContentSnifferTest {

    private static final ContentSniffer SNIFFER = new ContentSniffer();

    @Test
    void aPdfIsAPdfAndTakenAsADocument() {
        var sniffed = SNIFFER.sniff(SampleFiles.pdf("Business licence"), MaterialKind.BUSINESS_LICENCE);

        assertThat(sniffed.mediaType()).isEqualTo("application/pdf");
        assertThat(sniffed.allowedFor(MaterialKind.BUSINESS_LICENCE)).isTrue();
        assertThat(sniffed.allowedFor(MaterialKind.ROSTER)).isFalse();
    }

    @Test
    void scansAsPngOrJpegAreTakenAsDocuments() {
        assertThat(SNIFFER.sniff(SampleFiles.png(), MaterialKind.BUSINESS_LICENCE).mediaType()).isEqualTo("image/png");
        assertThat(SNIFFER.sniff(SampleFiles.jpeg(), MaterialKind.TRAINING_EVIDENCE).mediaType()).isEqualTo("image/jpeg");
        assertThat(SNIFFER.sniff(SampleFiles.png(), MaterialKind.BUSINESS_LICENCE).allowedFor(MaterialKind.BUSINESS_LICENCE)).isTrue();
    }

    @Test
    void aLinuxExecutableIsAnExecutableWhateverItIsCalled() {
        var sniffed = SNIFFER.sniff(SampleFiles.elf(), MaterialKind.BUSINESS_LICENCE);

        assertThat(sniffed.description()).isEqualTo("可执行程序");
        assertThat(sniffed.mediaType()).startsWith("application/x-");
        assertThat(sniffed.allowedFor(MaterialKind.BUSINESS_LICENCE)).isFalse();
    }

    @Test
    void aWindowsExecutableIsAnExecutable() {
        var sniffed = SNIFFER.sniff(SampleFiles.pe(), MaterialKind.APPLICATION_REPORT);

        assertThat(sniffed.description()).isEqualTo("可执行程序");
        assertThat(sniffed.allowedFor(MaterialKind.APPLICATION_REPORT)).isFalse();
    }

    @Test
    void aWorkbookIsTakenAsARosterButNotAsADocument() {
        var sniffed = SNIFFER.sniff(SampleFiles.xlsx(), MaterialKind.ROSTER);

        assertThat(sniffed.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(sniffed.allowedFor(MaterialKind.ROSTER)).isTrue();
        assertThat(SNIFFER.sniff(SampleFiles.xlsx(), MaterialKind.LABOUR_RULES).allowedFor(MaterialKind.LABOUR_RULES)).isFalse();
    }

    @Test
    void aWordDocumentIsNoRosterThoughItIsTheSameKindOfContainer() {
        var sniffed = SNIFFER.sniff(SampleFiles.docx(), MaterialKind.ROSTER);

        assertThat(sniffed.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(sniffed.description()).isEqualTo("Word 文档（DOCX）");
        assertThat(sniffed.allowedFor(MaterialKind.ROSTER)).isFalse();
    }

    @Test
    void anOfficeContainerWhoseContentTypesLieBeyondTheFirstBytesIsStillTakenAsARoster() {
        // given only the first 40 bytes of a workbook: the magic is there, the entry saying "spreadsheet" is cut off
        var sniffed = SNIFFER.sniff(Arrays.copyOf(SampleFiles.xlsx(), 60), MaterialKind.ROSTER);

        assertThat(sniffed.mediaType()).isEqualTo(ContentSniffer.OOXML);
        assertThat(sniffed.allowedFor(MaterialKind.ROSTER)).isTrue();
    }

    @Test
    void utf8TextIsTakenAsACsvRosterButNotAsADocument() {
        var sniffed = SNIFFER.sniff(SampleFiles.csv(), MaterialKind.ROSTER);

        assertThat(sniffed.mediaType()).isEqualTo("text/csv");
        assertThat(sniffed.allowedFor(MaterialKind.ROSTER)).isTrue();
        assertThat(SNIFFER.sniff(SampleFiles.csv(), MaterialKind.TRAINING_EVIDENCE).allowedFor(MaterialKind.TRAINING_EVIDENCE)).isFalse();
    }
}

package cn.dalian.laborbrand.application.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dalian.laborbrand.platform.problem.PlatformException;

class RosterReadersTest {

    private static final String CSV = "姓名,身份证号码,手机号码,年度\n王建国,210211199003071235,13904118765,2022\n\"李,秀英\",210211199003071235,13904118766,2021\n";

    @Test
    void aUtf8CsvIsReadWithItsLineNumbers() {
        Collected rows = read(CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(rows.header).containsExactly("姓名", "身份证号码", "手机号码", "年度");
        assertThat(rows.lines).containsExactly(2, 3);
        assertThat(rows.rows.get(1).getFirst()).isEqualTo("李,秀英");
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstHeader() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        bytes.writeBytes(CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(read(bytes.toByteArray()).header.getFirst()).isEqualTo("姓名");
    }

    @Test
    void aCsvSavedInGbkByChineseExcelIsRecognisedAndReadCorrectly() {
        Collected rows = read(CSV.getBytes(CsvRosterReader.GBK));

        assertThat(rows.header).containsExactly("姓名", "身份证号码", "手机号码", "年度");
        assertThat(rows.rows.getFirst().getFirst()).isEqualTo("王建国");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        assertThatThrownBy(() -> CsvRosterReader.read(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), 1, new Collected()))
                .isInstanceOf(PlatformException.class).hasMessageContaining("超过 1 行的上限");
    }

    @Test
    void utf8WithAByteThatIsNeitherIsRefusedNamingTheLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(CSV.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 2000; i++) {
            bytes.writeBytes("张伟,210211199003071235,13904118765,2022\n".getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE, '\n' });

        assertThatThrownBy(() -> read(bytes.toByteArray())).isInstanceOf(PlatformException.class).hasMessageContaining("不是有效的 UTF-8 编码");
    }

    @Test
    void anXlsxIsReadRowByRowWithItsLineNumbersAndFormulasAsTheirText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("花名册.xlsx");
        try (var out = Files.newOutputStream(file)) {
            RosterSheets.template(true, out);
        }

        Collected rows = new Collected();
        XlsxRosterReader.read(file, 10, rows);

        assertThat(rows.header).isEqualTo(RosterColumn.headers());
        assertThat(rows.lines).containsExactly(2);
        assertThat(rows.rows.getFirst().get(1)).isEqualTo("210211199003071235");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("假的.xlsx");
        Files.write(file, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });

        assertThatThrownBy(() -> XlsxRosterReader.read(file, 10, new Collected())).isInstanceOf(PlatformException.class)
                .hasMessageContaining("无法读取 XLSX 花名册");
    }

    @Test
    void aValueThatASpreadsheetWouldRunIsWrittenInert() {
        assertThat(RosterSheets.inert("=HYPERLINK(\"http://evil\",\"点我\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"点我\")");
        assertThat(RosterSheets.inert("+86 139")).isEqualTo("'+86 139");
        assertThat(RosterSheets.inert("王建国")).isEqualTo("王建国");
    }

    private static Collected read(byte[] bytes) {
        Collected rows = new Collected();
        CsvRosterReader.read(new BufferedInputStream(new ByteArrayInputStream(bytes)), 100_000, rows);
        return rows;
    }

    static final class Collected implements RosterRows {
        List<String> header;
        final List<Integer> lines = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();

        @Override
        public void header(List<String> headers) {
            header = headers;
        }

        @Override
        public void row(int line, List<String> cells) {
            lines.add(line);
            rows.add(cells);
        }
    }
}

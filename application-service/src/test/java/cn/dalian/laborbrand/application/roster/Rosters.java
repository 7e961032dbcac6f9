package cn.dalian.laborbrand.application.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.dalian.laborbrand.platform.validation.ResidentIdNumber;

/** Test rosters as a unit fills them in: the template's columns, Chinese names, valid ID numbers of real birth dates. */
final class Rosters {

    private static final String[] FAMILY = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
    private static final String[] GIVEN = { "建国", "秀英", "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳" };

    private final List<List<String>> rows = new ArrayList<>();

    static Rosters of() {
        return new Rosters();
    }

    /** {@code count} Dalian-registered workers of the year, trained, passed and absorbed by the unit, numbered from {@code first}. */
    Rosters dalianWorkers(int year, int first, int count) {
        for (int i = first; i < first + count; i++) {
            rows.add(List.of(name(i), idNumber("210211", i), phone(i), String.valueOf(year), "务工人员", "是", "是", "本单位", "是", "否", "", ""));
        }
        return this;
    }

    Rosters row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    byte[] csv() {
        StringBuilder text = new StringBuilder(String.join(",", RosterColumn.headers())).append('\n');
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(cell -> cell.contains(",") || cell.contains("\"")
                    ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell).toList())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("花名册");
            var header = sheet.createRow(0);
            List<String> headers = RosterColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(int i) {
        return FAMILY[i % FAMILY.length] + GIVEN[(i / FAMILY.length) % GIVEN.length];
    }

    /** A valid ID number of the address code, born on a day of 1970–1999 chosen by {@code i}, unique per {@code i} below a million. */
    static String idNumber(String address, int i) {
        int year = 1970 + (i / 1000) % 30;
        int day = 1 + i % 28;
        int month = 1 + (i / 28) % 12;
        String first17 = address + String.format("%04d%02d%02d", year, month, day) + String.format("%03d", (i / 336) % 1000);
        return first17 + ResidentIdNumber.checkCharacterOf(first17);
    }

    static String phone(int i) {
        return String.format("139%08d", i);
    }
}

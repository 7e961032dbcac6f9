package cn.dalian.laborbrand.application.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Reads the first sheet of an XLSX roster row by row through POI's SAX event API: never a whole workbook in memory,
 * whatever the sheet's declared dimension says (only rows present are read, and no more than the limit). POI's zip
 * safeguards refuse a compression bomb; formulas are read as their text, never evaluated.
 */
final class XlsxRosterReader {

    /** Columns beyond the template's are of no interest; a row claiming thousands is not read further. */
    private static final int MAX_COLUMNS = 64;

    private XlsxRosterReader() {
    }

    static void read(Path file, int maxRows, RosterRows rows) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new PlatformException(RosterProblem.ROSTER_UNREADABLE, "花名册工作簿中没有工作表。");
            }
            Rows handler = new Rows(maxRows, rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new DataFormatter(), true));
                parser.parse(new InputSource(sheet));
            }
            if (!handler.headerSeen) {
                throw new PlatformException(RosterProblem.ROSTER_UNREADABLE, "花名册是空的：第一个工作表没有表头，也没有数据行。");
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException
                | POIXMLException | UnsupportedFileFormatException | RecordFormatException e) {
            if (e.getCause() instanceof PlatformException refusal) {
                throw refusal;
            }
            throw new PlatformException(RosterProblem.ROSTER_UNREADABLE, "无法读取 XLSX 花名册：文件已损坏、加密，或压缩比例异常（疑似压缩炸弹）。");
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final RosterRows rows;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private int dataRows;

        Rows(int maxRows, RosterRows rows) {
            this.maxRows = maxRows;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                rows.header(List.copyOf(cells));
                return;
            }
            if (++dataRows > maxRows) {
                throw CsvRosterReader.tooManyRows(maxRows);
            }
            rows.row(rowNum + 1, List.copyOf(cells));
        }
    }
}

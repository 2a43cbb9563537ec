package vn.ocop.portal.certification.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed with POI's event API (a 20,000-row sheet never becomes a workbook of
 * cell objects). Cells become the text a CSV export of the same sheet would hold: dates as dd/mm/yyyy, numbers without
 * a trailing ".0", strings as written, formulas by their cached result (never evaluated). A line is the sheet's row
 * number.
 */
final class XlsxListReader implements ListReader {

    /** An uncompressed part may not be larger, nor expand more than 100 times (POI's zip-bomb guards). */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    /** More rows than a 20 MB CSV can hold: a sheet that has them is not a province's list. */
    static final int MAX_ROWS = 200_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    static {
        // POI keeps these limits process-wide; only ever tighten them.
        if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        }
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
    }

    private final ResourceBundle messages;

    XlsxListReader(ResourceBundle messages) {
        this.messages = messages;
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static boolean isOle2(byte[] content) {
        return content.length >= 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
            && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
    }

    @Override
    public List<SheetRow> rows(byte[] content) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | OpenXML4JException | POIXMLException | IllegalArgumentException e) {
            // POI's zip-bomb guards and broken archives land here with a reason of their own.
            throw refused(e);
        }
        try {
            if (workbook.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()) {
                throw new ListRefused(messages.getString("file.notXlsx"));
            }
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ListRefused(messages.getString("file.empty"));
            }
            Rows rows = new Rows();
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                new ReadOnlySharedStringsTable(workbook, false), rows, new CellText(), false));
            try (InputStream first = sheets.next()) {
                xml.parse(new InputSource(first));
            }
            return rows.rows;
        } catch (TooManyRows e) {
            throw new ListRefused(MessageFormat.format(messages.getString("file.tooManyRows"), MAX_ROWS));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | IllegalArgumentException e) {
            throw refused(e);
        } finally {
            workbook.revert(); // read only: never write the package back
        }
    }

    private ListRefused refused(Exception e) {
        return new ListRefused(MessageFormat.format(messages.getString("file.notXlsx.reason"), e.getMessage()));
    }

    /** Collects rows, each cell at its column (cells a sheet leaves out are empty). */
    private static final class Rows implements SheetContentsHandler {
        final List<SheetRow> rows = new ArrayList<>();
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            if (rows.size() >= MAX_ROWS) {
                throw new TooManyRows();
            }
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SheetRow(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String text, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, text == null ? "" : text);
        }
    }

    /** Stops a sheet that is far too long, without reading the rest. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Numeric cells as a list's text: a date cell as dd/mm/yyyy, any other number plainly (75, 120000, 4.5). */
    private static final class CellText extends DataFormatter {
        CellText() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DAY);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}

package vn.ocop.portal.certification.control;

import java.util.List;
import java.util.ResourceBundle;

/**
 * Reads a list file into rows of text cells. The parser validates those rows the same way whatever the format, so a
 * list gives the same rows, rejections and warnings as CSV or as XLSX.
 */
public interface ListReader {

    /** The rows of the file in order, blank ones included; refuses a file it cannot read with {@link ListRefused}. */
    List<SheetRow> rows(byte[] content);

    /**
     * The reader for what the content is, told by its bytes, never by a file name: a ZIP archive must be an XLSX
     * workbook, an OLE2 file is an old Excel .xls (refused, with what to do), anything else must be UTF-8 CSV text.
     */
    static ListReader of(byte[] content, ResourceBundle messages) {
        if (XlsxListReader.isZip(content)) {
            return new XlsxListReader(messages);
        }
        if (XlsxListReader.isOle2(content)) {
            throw new ListRefused(messages.getString("file.xls"));
        }
        return new CsvListReader(messages);
    }
}

package vn.ocop.portal.certification.control;

import java.util.List;

/**
 * One row of a list file as the text of its cells, whatever the file's format. {@code line} is where a clerk finds
 * it: the CSV record's number, or the spreadsheet's row number (the header is line 1 in a file that starts with it).
 */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The cell's text, or "" past the row's last cell. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}

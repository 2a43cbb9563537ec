package vn.ocop.portal.certification.control;

import java.util.List;

/** What the parser made of a file: the rows to apply, the rows it rejected, and warnings about the file. */
public record ParsedList(List<ListRow> rows, List<RowRejection> rejected, List<String> warnings) {
}

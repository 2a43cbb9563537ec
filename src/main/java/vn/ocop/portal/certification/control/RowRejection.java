package vn.ocop.portal.certification.control;

/** A row the import leaves out, with the reason a clerk reads. {@code line} counts the header as line 1. */
public record RowRejection(int line, String reason) implements java.io.Serializable {
}

package vn.ocop.portal.certification.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What an import does, or would do, with one valid row of a list. {@code line} counts the header as line 1. */
public final class PlannedRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final ImportAction action;
    private final String certificateNumber;
    private final String productName;
    private final String producerName;
    private final int stars;
    private final LocalDate decisionDate;
    private final boolean newProduct;
    private final String supersedes;
    private final List<FieldChange> changes;

    public PlannedRow(int line, ImportAction action, String certificateNumber, String productName, String producerName,
                      int stars, LocalDate decisionDate, boolean newProduct, String supersedes, List<FieldChange> changes) {
        this.line = line;
        this.action = action;
        this.certificateNumber = certificateNumber;
        this.productName = productName;
        this.producerName = producerName;
        this.stars = stars;
        this.decisionDate = decisionDate;
        this.newProduct = newProduct;
        this.supersedes = supersedes;
        this.changes = List.copyOf(changes);
    }

    /** The row as the fingerprint of a preview reads it: everything that decides what the import writes. */
    String canonical() {
        StringBuilder text = new StringBuilder().append(line).append('\t').append(action).append('\t')
            .append(certificateNumber).append('\t').append(newProduct).append('\t').append(supersedes);
        changes.forEach(c -> text.append('\t').append(c.getField()).append('=').append(c.getBefore()).append('>')
            .append(c.getAfter()));
        return text.toString();
    }

    public int getLine() {
        return line;
    }

    public ImportAction getAction() {
        return action;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getProductName() {
        return productName;
    }

    public String getProducerName() {
        return producerName;
    }

    public int getStars() {
        return stars;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    /** The product is new to the portal (created by this list). */
    public boolean isNewProduct() {
        return newProduct;
    }

    /** The number of the certificate this one replaces as its product's current one, or null. */
    public String getSupersedes() {
        return supersedes;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}

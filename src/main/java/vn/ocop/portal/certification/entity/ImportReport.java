package vn.ocop.portal.certification.entity;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;

import vn.ocop.portal.certification.control.RowRejection;

/** The report of one import, stored in the same transaction as the rows it speaks of. */
@Entity
@Table(name = "import_report")
public class ImportReport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "import_report")
    @TableGenerator(name = "import_report", table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "import_report", allocationSize = 1)
    private Long id;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 80)
    private String importedBy;

    @Column(name = "source_name", nullable = false, length = 255)
    private String sourceName;

    @Column(name = "imported_count", nullable = false)
    private int imported;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @Lob
    private String details;

    @Transient
    private List<RowRejection> rejected = List.of();

    @Transient
    private List<String> warnings = List.of();

    protected ImportReport() {
    }

    public ImportReport(Instant importedAt, String importedBy, String sourceName) {
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.sourceName = sourceName.length() > 255 ? sourceName.substring(0, 255) : sourceName;
    }

    public void countImported() {
        imported++;
    }

    public void countUpdated() {
        updated++;
    }

    public void countUnchanged() {
        unchanged++;
    }

    public void close(List<RowRejection> rejected, List<String> warnings) {
        this.rejected = rejected.stream().sorted(java.util.Comparator.comparingInt(RowRejection::line)).toList();
        this.warnings = List.copyOf(warnings);
        this.rejectedCount = rejected.size();
        try (var jsonb = JsonbBuilder.create()) {
            this.details = jsonb.toJson(java.util.Map.of("rejected", this.rejected, "warnings", this.warnings));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write an import report", e);
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getSourceName() {
        return sourceName;
    }

    public int getImported() {
        return imported;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public List<RowRejection> getRejected() {
        return rejected;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}

package vn.ocop.portal.certification.entity;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import vn.ocop.portal.certification.control.RowRejection;

/**
 * What importing a list would do, row by row, computed by the import itself in a transaction that is rolled back. Its
 * fingerprint digests every planned action; confirming recomputes the plan in the writing transaction and applies it
 * only when the fingerprint is the same, so a confirmation applies exactly what was previewed.
 */
public final class ImportPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<PlannedRow> added;
    private final List<PlannedRow> updated;
    private final List<PlannedRow> unchanged;
    private final List<RowRejection> rejected;
    private final List<String> warnings;
    private final String fingerprint;

    public ImportPreview(List<PlannedRow> planned, List<RowRejection> rejected, List<String> warnings) {
        this.added = planned.stream().filter(r -> r.getAction() == ImportAction.ADD).toList();
        this.updated = planned.stream().filter(r -> r.getAction() == ImportAction.UPDATE).toList();
        this.unchanged = planned.stream().filter(r -> r.getAction() == ImportAction.UNCHANGED).toList();
        this.rejected = List.copyOf(rejected);
        this.warnings = List.copyOf(warnings);
        this.fingerprint = fingerprint(planned, rejected);
    }

    private static String fingerprint(List<PlannedRow> planned, List<RowRejection> rejected) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PlannedRow row : planned) {
                sha.update((row.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            // Reasons are worded in the reader's language; which lines are left out is what counts.
            for (RowRejection rejection : rejected) {
                sha.update((rejection.line() + "\tREJECTED\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public List<PlannedRow> getAdded() {
        return added;
    }

    public List<PlannedRow> getUpdated() {
        return updated;
    }

    public List<PlannedRow> getUnchanged() {
        return unchanged;
    }

    public List<RowRejection> getRejected() {
        return rejected;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    /** Whether confirming would write anything. */
    public boolean isWriting() {
        return !added.isEmpty() || !updated.isEmpty();
    }
}

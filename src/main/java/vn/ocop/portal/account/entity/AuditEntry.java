package vn.ocop.portal.account.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * One write by a member of the office or the commerce department: who, when, what action on which subject (e.g.
 * "certificate OCOP-HOAB-2024-0202"), and the values before and after, as the readable text the action gives.
 * Never changed once written.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT,
    query = "select a from AuditEntry a where a.subject = :subject order by a.recordedAt desc, a.id desc")
@NamedQuery(name = AuditEntry.FIND_NEWEST, query = "select a from AuditEntry a order by a.recordedAt desc, a.id desc")
@JsonbPropertyOrder({"recordedAt", "actor", "action", "subject", "before", "after"})
public class AuditEntry {

    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";
    public static final String FIND_NEWEST = "AuditEntry.findNewest";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_entry")
    @TableGenerator(name = "audit_entry", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "audit_entry", allocationSize = 20)
    private Long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant recordedAt, String actor, String action, String subject, String before, String after) {
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subject = Objects.requireNonNull(subject);
        this.before = before;
        this.after = after;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}

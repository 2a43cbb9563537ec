package vn.ocop.portal.account.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/** A producer's request, from the public form, for an account; the office approves (an invitation) or rejects it. */
@Entity
@Table(name = "account_request")
@NamedQuery(name = AccountRequest.FIND_PENDING,
    query = "select r from AccountRequest r join fetch r.producer where r.state = :state order by r.requestedAt")
public class AccountRequest {

    public static final String FIND_PENDING = "AccountRequest.findByState";
    public static final int REGISTRATION_LENGTH = 40;
    public static final int PERSON_LENGTH = 120;
    public static final int PHONE_LENGTH = 40;
    public static final int REASON_LENGTH = 500;

    public enum State { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_request")
    @TableGenerator(name = "account_request", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "account_request", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    @Column(name = "registration_number", nullable = false, length = REGISTRATION_LENGTH)
    private String registrationNumber;

    @Column(name = "contact_person", nullable = false, length = PERSON_LENGTH)
    private String contactPerson;

    @Column(nullable = false, length = PHONE_LENGTH)
    private String phone;

    @Column(nullable = false, length = Account.EMAIL_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.PENDING;

    @Column(length = REASON_LENGTH)
    private String reason;

    @Column(length = Account.USERNAME_LENGTH)
    private String username;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = Account.USERNAME_LENGTH)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected AccountRequest() {
    }

    public AccountRequest(Producer producer, String registrationNumber, String contactPerson, String phone, String email,
                          Instant requestedAt) {
        this.producer = producer;
        this.registrationNumber = registrationNumber;
        this.contactPerson = contactPerson;
        this.phone = phone;
        this.email = email;
        this.requestedAt = requestedAt;
    }

    public void approve(String username, String by, Instant at) {
        decide(State.APPROVED, by, at);
        this.username = username;
    }

    public void reject(String reason, String by, Instant at) {
        decide(State.REJECTED, by, at);
        this.reason = reason;
    }

    private void decide(State next, String by, Instant at) {
        if (state != State.PENDING) {
            throw new Refused("producerarea.request.decided", state.name());
        }
        state = next;
        decidedBy = by;
        decidedAt = at;
    }

    public String describe() {
        return "producer=" + producer.getId() + "; registration=" + registrationNumber + "; person=" + contactPerson
            + "; email=" + email + "; state=" + state + (reason == null ? "" : "; reason=" + reason);
    }

    public Long getId() { return id; }
    public Producer getProducer() { return producer; }
    public String getRegistrationNumber() { return registrationNumber; }
    public String getContactPerson() { return contactPerson; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public State getState() { return state; }
    public String getReason() { return reason; }
    public String getUsername() { return username; }
    public Instant getRequestedAt() { return requestedAt; }
}

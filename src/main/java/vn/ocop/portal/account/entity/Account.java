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

import vn.ocop.portal.producer.entity.Producer;

/**
 * A user of the portal. The password is kept only as a PBKDF2 hash that carries its own parameters; an invited
 * account has none until its one-time link sets it, and a reset removes it until the new link is used.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(name = Account.COUNT_BY_ROLE, query = "select count(a) from Account a where a.role = :role")
@NamedQuery(name = Account.FIND_ALL, query = "select a from Account a left join fetch a.producer order by a.username")
@NamedQuery(name = Account.COUNT_ALL, query = "select count(a) from Account a")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String COUNT_BY_ROLE = "Account.countByRole";
    public static final String FIND_ALL = "Account.findAll";
    public static final String COUNT_ALL = "Account.countAll";
    public static final int USERNAME_LENGTH = 80;
    public static final int EMAIL_LENGTH = 120;
    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit: names that read the same anywhere. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account")
    @TableGenerator(name = "account", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "account", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    /** Set for PRODUCER accounts: the one producer whose data the account may see and change. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** An invited account: no password until the invitation's link sets one. */
    public Account(String username, String email, Role role, Producer producer, Instant createdAt) {
        this.username = username;
        this.email = email;
        this.role = role;
        this.producer = producer;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A reset: the old password stops working at once, not when the new one is set. */
    public void forgetPassword() {
        this.passwordHash = null;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** What the audit log records of the account: everything but the password, which it only says is set or not. */
    public String describe() {
        return "role=" + role + "; email=" + email + "; producer=" + (producer == null ? null : producer.getId())
            + "; enabled=" + enabled + "; password=" + (hasPassword() ? "set" : "none");
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Producer getProducer() {
        return producer;
    }
}

package vn.ocop.portal.account.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

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

/**
 * A one-time link that sets an account's password, sent by e-mail on an invitation or a reset. Only the SHA-256 hash
 * of the token is stored, so a copy of the database opens no account; it works once, within 72 hours.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH,
    query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(name = AccountToken.DELETE_UNUSED_OF, query = "delete from AccountToken t where t.account = :account and t.usedAt is null")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String DELETE_UNUSED_OF = "AccountToken.deleteUnusedOf";
    public static final Duration VALID_FOR = Duration.ofHours(72);

    /** Why the link was sent; the mail and the page say it. */
    public enum Purpose { INVITE, RESET }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_token")
    @TableGenerator(name = "account_token", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "account_token", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(Account account, String tokenHash, Purpose purpose, Instant createdAt) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.purpose = Objects.requireNonNull(purpose);
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(VALID_FOR);
    }

    /** Unused, not expired, and its account still enabled. */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    public void useAt(Instant now) {
        this.usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Account getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}

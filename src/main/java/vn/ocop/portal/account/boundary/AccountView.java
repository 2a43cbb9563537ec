package vn.ocop.portal.account.boundary;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.account.entity.Account;

/** An account as the office reads it, in the list and over the API: never its password hash. */
@JsonbPropertyOrder({"username", "email", "role", "producerId", "producerName", "state", "createdAt"})
public class AccountView {

    /** ACTIVE signs in; PENDING waits for its one-time link (invited or reset); DISABLED may not sign in. */
    public enum State { ACTIVE, PENDING, DISABLED }

    private final String username;
    private final String email;
    private final String role;
    private final Long producerId;
    private final String producerName;
    private final State state;
    private final Instant createdAt;

    public AccountView(Account account) {
        this.username = account.getUsername();
        this.email = account.getEmail();
        this.role = account.getRole().name();
        this.producerId = account.getProducer() == null ? null : account.getProducer().getId();
        this.producerName = account.getProducer() == null ? null : account.getProducer().getName();
        this.state = !account.isEnabled() ? State.DISABLED : account.hasPassword() ? State.ACTIVE : State.PENDING;
        this.createdAt = account.getCreatedAt();
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public Long getProducerId() {
        return producerId;
    }

    public String getProducerName() {
        return producerName;
    }

    public State getState() {
        return state;
    }

    public boolean isEnabled() {
        return state != State.DISABLED;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

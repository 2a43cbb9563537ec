package vn.ocop.portal.account.boundary;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.control.LoginThrottle;
import vn.ocop.portal.account.control.OneTimeTokens;
import vn.ocop.portal.account.control.PasswordHashing;
import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.AccountRefused;
import vn.ocop.portal.account.entity.AccountToken;

/** Passwords set through a one-time link, and changed by their signed-in owner; each with its audit entry. */
@Stateless
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** What a presented link is good for. */
    public enum LinkState { VALID, UNKNOWN, EXPIRED, USED }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @Resource
    SessionContext session;

    public LinkState check(String token) {
        return token(token).map(t -> stateOf(t, Instant.now())).orElse(LinkState.UNKNOWN);
    }

    /** The account whose password the link sets, for the page to greet (only for a valid link). */
    public Optional<String> usernameOf(String token) {
        return token(token).filter(t -> stateOf(t, Instant.now()) == LinkState.VALID).map(t -> t.getAccount().getUsername());
    }

    /** Sets the password of the link's account and uses the link up. */
    public void setWithLink(String token, String password) {
        requireAcceptable(password);
        Instant now = Instant.now();
        AccountToken link = token(token).orElseThrow(() -> refusal(LinkState.UNKNOWN));
        LinkState state = stateOf(link, now);
        if (state != LinkState.VALID) {
            throw refusal(state);
        }
        Account account = link.getAccount();
        String before = account.describe();
        account.setPasswordHash(hashing.hash(password.toCharArray()));
        link.useAt(now);
        audit.record(account.getUsername(), "account.password.set", Accounts.subject(account), before, account.describe());
    }

    /**
     * The caller's new password, once the current one is confirmed; a wrong current password counts as a failed
     * sign-in. Answers the session's new stamp (see {@link Accounts#sessionStamp}).
     */
    @RolesAllowed({"ADMIN", "COMMERCE", "PRODUCER"})
    public String change(@NotNull String current, String next, String address) {
        requireAcceptable(next);
        String username = session.getCallerPrincipal().getName();
        if (throttle.refusedUntil(username, address).isPresent()) {
            throw new AccountRefused("login.throttled");
        }
        Account account = accounts.findEnabled(username)
            .orElseThrow(() -> new AccountRefused("admin.accounts.message.error.unknown", username));
        if (!hashing.verify(current.toCharArray(), account.getPasswordHash())) {
            throttle.failed(username, address);
            throw new AccountRefused("account.password.message.error.current");
        }
        String before = account.describe();
        account.setPasswordHash(hashing.hash(next.toCharArray()));
        audit.record(username, "account.password.change", Accounts.subject(account), before, account.describe());
        return accounts.sessionStamp(username).orElseThrow();
    }

    /**
     * The pages check the length too; this is the service's own guard. Not a @Size on the parameter: Payara 6's
     * OpenAPI scanner fails on a bean-validation constraint on any method parameter but a path parameter, and
     * /openapi would answer 500.
     */
    private static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new AccountRefused("account.password.message.error.size", MIN_LENGTH, MAX_LENGTH);
        }
    }

    private Optional<AccountToken> token(String token) {
        if (!OneTimeTokens.looksValid(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
            .setParameter("hash", OneTimeTokens.hash(token)).getResultStream().findFirst();
    }

    private static LinkState stateOf(AccountToken token, Instant now) {
        if (token.isUsed()) {
            return LinkState.USED;
        }
        if (token.isExpiredAt(now)) {
            return LinkState.EXPIRED;
        }
        return token.getAccount().isEnabled() ? LinkState.VALID : LinkState.UNKNOWN;
    }

    private static AccountRefused refusal(LinkState state) {
        return new AccountRefused("account.setPassword.message.error." + state.name().toLowerCase(java.util.Locale.ROOT));
    }
}

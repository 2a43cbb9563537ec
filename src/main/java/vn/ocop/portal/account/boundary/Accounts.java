package vn.ocop.portal.account.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.control.OneTimeTokens;
import vn.ocop.portal.account.control.PasswordHashing;
import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.AccountRefused;
import vn.ocop.portal.account.entity.AccountToken;
import vn.ocop.portal.account.entity.Role;
import vn.ocop.portal.platform.boundary.Mailer;
import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.producer.entity.Producer;

/**
 * Accounts: the bootstrap admin of a new portal, look-ups for signing in, and what the office does to accounts
 * (invite, disable, enable, reset), each write with its audit entry in one transaction. Invitations and resets mail a
 * one-time link to the account's address; the link is never shown to the office, so only the mailbox's owner sets
 * the password. Moments are the real time, even when OCOP_TODAY pins the portal's day.
 */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    public static final String SET_PASSWORD_PAGE = "/account/set-password";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    /**
     * A new portal gets one admin, from {@code OCOP_ADMIN_USER} and {@code OCOP_ADMIN_PASSWORD}. Without a configured
     * password it makes one up and prints it once, since it cannot be read back from the hash.
     */
    public void ensureBootstrapAdmin() {
        long admins = em.createNamedQuery(Account.COUNT_BY_ROLE, Long.class).setParameter("role", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        String username = PortalSettings.text(PortalSettings.ADMIN_USER).orElse("admin");
        Optional<String> configured = PortalSettings.text(PortalSettings.ADMIN_PASSWORD);
        String password = configured.orElseGet(Accounts::generatePassword);
        em.persist(new Account(username, hashing.hash(password.toCharArray()), Role.ADMIN, clock.instant()));
        if (configured.isPresent()) {
            LOG.info(() -> "Created the admin account '" + username + "' with the password from OCOP_ADMIN_PASSWORD.");
        } else {
            LOG.warning(() -> "Created the admin account '" + username + "' with the generated password: " + password
                + "  (shown only this once; set OCOP_ADMIN_PASSWORD to choose it)");
        }
    }

    /** An enabled account that has a password, which is all that may sign in. */
    public Optional<Account> findEnabled(String username) {
        return find(username).filter(a -> a.isEnabled() && a.hasPassword());
    }

    /**
     * What a session of the account stays valid with: it changes with the password and the role, and is absent while
     * the account may not sign in.
     */
    public Optional<String> sessionStamp(String username) {
        return findEnabled(username).map(a -> OneTimeTokens.sha256(a.getRole() + ":" + a.getPasswordHash()));
    }

    @RolesAllowed("ADMIN")
    public List<AccountView> page(int first, int max) {
        return em.createNamedQuery(Account.FIND_ALL, Account.class).setFirstResult(first).setMaxResults(max)
            .getResultStream().map(AccountView::new).toList();
    }

    @RolesAllowed("ADMIN")
    public long count() {
        return em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult();
    }

    /** Creates the account without a password and mails its one-time link, under {@code base} (no trailing slash). */
    @RolesAllowed("ADMIN")
    public AccountView invite(@NotNull @Valid Invitation invitation, String base, String actor) {
        String username = invitation.getUsername().strip();
        String email = invitation.getEmail().strip().toLowerCase(Locale.ROOT);
        if (find(username).isPresent()) {
            throw new AccountRefused("admin.accounts.message.error.duplicateUsername", username);
        }
        if (!em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email).getResultList().isEmpty()) {
            throw new AccountRefused("admin.accounts.message.error.duplicateEmail", email);
        }
        Account account = new Account(username, email, invitation.getRole(), producerOf(invitation), Instant.now());
        em.persist(account);
        mailLink(account, AccountToken.Purpose.INVITE, base);
        audit.record(actor, "account.invite", subject(account), null, account.describe());
        return new AccountView(account);
    }

    @RolesAllowed("ADMIN")
    public AccountView disable(String username, String actor) {
        Account account = existing(username);
        refuseOwn(account, actor);
        String before = account.describe();
        account.disable();
        audit.record(actor, "account.disable", subject(account), before, account.describe());
        return new AccountView(account);
    }

    @RolesAllowed("ADMIN")
    public AccountView enable(String username, String actor) {
        Account account = existing(username);
        String before = account.describe();
        account.enable();
        audit.record(actor, "account.enable", subject(account), before, account.describe());
        return new AccountView(account);
    }

    /**
     * The old password stops working at once (a reset is for a forgotten or leaked one, and a leaked one must not
     * keep working while the mail waits), and a new one-time link goes to the account's address.
     */
    @RolesAllowed("ADMIN")
    public AccountView reset(String username, String base, String actor) {
        Account account = existing(username);
        refuseOwn(account, actor);
        if (!account.isEnabled()) {
            throw new AccountRefused("admin.accounts.message.error.disabled", username);
        }
        if (account.getEmail() == null) {
            throw new AccountRefused("admin.accounts.message.error.noEmail", username);
        }
        String before = account.describe();
        account.forgetPassword();
        mailLink(account, AccountToken.Purpose.RESET, base);
        audit.record(actor, "account.reset", subject(account), before, account.describe());
        return new AccountView(account);
    }

    static String subject(Account account) {
        return "account " + account.getUsername();
    }

    private Optional<Account> find(String username) {
        return username == null ? Optional.empty() : em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
            .setParameter("username", username.strip()).getResultStream().findFirst();
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> new NotFound("No account named " + username));
    }

    private static void refuseOwn(Account account, String actor) {
        if (account.getUsername().equals(actor)) {
            throw new AccountRefused("admin.accounts.message.error.own", actor);
        }
    }

    private Producer producerOf(Invitation invitation) {
        Long id = invitation.getProducerId();
        if (invitation.getRole() != Role.PRODUCER) {
            if (id != null) {
                throw new AccountRefused("admin.accounts.message.error.producerNotForRole");
            }
            return null;
        }
        if (id == null) {
            throw new AccountRefused("admin.accounts.message.error.producerRequired");
        }
        return Optional.ofNullable(em.find(Producer.class, id))
            .orElseThrow(() -> new AccountRefused("admin.accounts.message.error.producerUnknown", String.valueOf(id)));
    }

    /** Replaces any unused link of the account with a new one, and mails it in Vietnamese, then English. */
    private void mailLink(Account account, AccountToken.Purpose purpose, String base) {
        em.createNamedQuery(AccountToken.DELETE_UNUSED_OF).setParameter("account", account).executeUpdate();
        String token = OneTimeTokens.newToken();
        em.persist(new AccountToken(account, OneTimeTokens.hash(token), purpose, Instant.now()));
        String link = base + SET_PASSWORD_PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String key = "account.mail." + purpose.name().toLowerCase(Locale.ROOT);
        ResourceBundle vi = ResourceBundle.getBundle("vn.ocop.portal.i18n.text", Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle("vn.ocop.portal.i18n.text", Locale.ENGLISH);
        Object[] values = {account.getUsername(), link, AccountToken.VALID_FOR.toHours()};
        mailer.send(account.getEmail(), vi.getString(key + ".subject") + " / " + en.getString(key + ".subject"),
            MessageFormat.format(vi.getString(key + ".body"), values) + "\n\n-----\n\n"
                + MessageFormat.format(en.getString(key + ".body"), values));
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

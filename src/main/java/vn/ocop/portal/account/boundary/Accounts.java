package vn.ocop.portal.account.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.account.control.PasswordHashing;
import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.Role;
import vn.ocop.portal.platform.control.PortalSettings;

/** Accounts: the bootstrap admin of a new portal, and look-ups for signing in. */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

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

    public Optional<Account> findEnabled(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", username)
            .getResultStream().filter(Account::isEnabled).findFirst();
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

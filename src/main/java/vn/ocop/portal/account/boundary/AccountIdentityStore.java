package vn.ocop.portal.account.boundary;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import vn.ocop.portal.account.control.PasswordHashing;
import vn.ocop.portal.account.entity.Account;

/** Checks usernames and passwords against the account table; the caller's group is its role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Verified against when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private static final String DUMMY_HASH =
        "PBKDF2WithHmacSHA256:600000:n1wTGyDo9ylhFM4bV9L6aE3bqtcz+ZPmmIaWSr6hJAY=:ljzdgOPwCcGgs+4D5VAqOYc5X/1M3oHRqvNPyvkBC40=";

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var account = accounts.findEnabled(login.getCaller());
        char[] password = login.getPassword().getValue();
        if (account.isEmpty()) {
            hashing.verify(password, DUMMY_HASH);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account found = account.get();
        if (!hashing.verify(password, found.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(found.getUsername(), Set.of(found.getRole().name()));
    }
}

package vn.ocop.portal.account.boundary;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.account.entity.AccountRefused;

/**
 * The page a one-time link opens: the GET only shows the form (or why the link no longer works); the password is
 * set by the form's POST. The token stays in the view, not in the form.
 */
@Named
@ViewScoped
public class SetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Passwords passwords;

    private String token;
    private Passwords.LinkState state;
    private String username;
    private boolean done;

    @NotNull
    @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{account.password.size}")
    private String password;
    private String confirmation;

    @PostConstruct
    void open() {
        token = Faces.getRequestParameter("token");
        state = passwords.check(token);
        username = passwords.usernameOf(token).orElse(null);
    }

    public void save() {
        if (!password.equals(confirmation)) {
            Messages.addError("password:confirmation", Faces.getResourceBundle("text").getString("account.password.message.error.mismatch"));
            return;
        }
        try {
            passwords.setWithLink(token, password);
            done = true;
        } catch (AccountRefused refused) {
            state = passwords.check(token);
            Messages.addGlobalError(refused.localized(Faces.getLocale()));
        }
    }

    public String getStateKey() {
        return "account.setPassword.message.error." + state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isUsable() {
        return state == Passwords.LinkState.VALID && !done;
    }

    public boolean isDone() {
        return done;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

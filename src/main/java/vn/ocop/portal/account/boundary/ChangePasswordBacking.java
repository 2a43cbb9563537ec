package vn.ocop.portal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.account.entity.AccountRefused;

/** A signed-in user changes their own password; this session stays signed in, their others end. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    Passwords passwords;

    @NotNull
    @Size(max = Passwords.MAX_LENGTH, message = "{account.password.size}")
    private String current;

    @NotNull
    @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{account.password.size}")
    private String next;
    private String confirmation;
    private boolean done;

    public void change() {
        if (!next.equals(confirmation)) {
            Messages.addError("password:confirmation", Faces.getResourceBundle("text").getString("account.password.message.error.mismatch"));
            return;
        }
        try {
            String stamp = passwords.change(current, next, Faces.getRemoteAddr());
            PortalAuthentication.keepSignedIn(Faces.getRequest(), stamp);
            done = true;
            Messages.addGlobalInfo(Faces.getResourceBundle("text").getString("account.password.done"));
        } catch (AccountRefused refused) {
            Messages.addGlobalError(refused.localized(Faces.getLocale()));
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

package vn.ocop.portal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.platform.control.LocalPath;

/** The sign-in form, and signing out. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject @Param(name = "next") String next;

    @NotBlank
    @Size(max = Account.USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public String signIn() {
        AuthenticationStatus status = security.authenticate(Faces.getRequest(), Faces.getResponse(),
            AuthenticationParameters.withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete();
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            boolean throttled = Faces.getRequestAttribute(PortalAuthentication.THROTTLED) != null;
            Messages.addGlobalError(Faces.getResourceBundle("text").getString(throttled ? "login.throttled" : "login.failed"));
            return null;
        }
        String target = LocalPath.orHome(next);
        boolean staff = Faces.isUserInRole("ADMIN") || Faces.isUserInRole("COMMERCE");
        Faces.redirect(Faces.getRequestContextPath() + ("/".equals(target) && staff ? "/admin/" : target));
        return null;
    }

    public void signOut() throws ServletException {
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/");
    }

    public String getNext() {
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

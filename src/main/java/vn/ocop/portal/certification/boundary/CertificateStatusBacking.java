package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.certification.control.VerificationUrls;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code /admin/certificates/status?number=&action=suspend|reinstate|revoke}: the office's action on a certificate,
 * from a date and for a reason, through {@link CertificateActions}.
 */
@Named
@ViewScoped
public class CertificateStatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateActions actions;

    @Inject
    transient Validity validity;

    @Inject @Param(name = "number")
    String number;

    @Inject @Param(name = "action")
    String action;

    private LocalDate on;
    private String reason;

    public void apply() {
        String actor = Faces.getRemoteUser();
        try {
            switch (getAction()) {
                case "suspend" -> actions.suspend(number, on, reason, actor);
                case "reinstate" -> actions.reinstate(number, on, actor);
                default -> actions.revoke(number, on, reason, actor);
            }
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("admin.status.saved." + getAction()));
            Faces.redirect("admin/registry/certificate?number=" + VerificationUrls.pathSegment(number));
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    /** suspend, reinstate or revoke; anything else is read as revoke's page, which asks before it acts. */
    public String getAction() {
        return "suspend".equals(action) || "reinstate".equals(action) ? action : "revoke";
    }

    public boolean isReasoned() {
        return !"reinstate".equals(getAction());
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getOn() {
        return on == null ? validity.today() : on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

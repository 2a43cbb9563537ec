package vn.ocop.portal.certification.boundary;

import java.io.Serializable;

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
 * {@code /admin/certificates/reevaluate?number=}: a re-evaluation recorded by hand. The new certificate replaces this
 * one; the page then shows the new certificate.
 */
@Named
@ViewScoped
public class ReevaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateRecords records;

    @Inject @Param(name = "number")
    String number;

    private final Reevaluation reevaluation = new Reevaluation();

    public void save() {
        try {
            CertificateRecord next = records.reevaluate(number, reevaluation, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("admin.reevaluation.saved"));
            Faces.redirect("admin/registry/certificate?number=" + VerificationUrls.pathSegment(next.getNumber()));
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public String getNumber() {
        return number;
    }

    public Reevaluation getReevaluation() {
        return reevaluation;
    }
}

package vn.ocop.portal.producer.boundary;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.catalogue.boundary.ProductFacts;
import vn.ocop.portal.certification.boundary.CertificateRecords;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code /admin/listing-hiding?number=} (ADMIN): the office hides the listing of a certificate's product from the
 * public, with the reason its producer sees, or shows it again. The service writes the audit log and tells the index.
 */
@Named
@ViewScoped
public class ListingHidingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateRecords records;

    @Inject
    transient ListingHiding hiding;

    @Inject @Param(name = "number") String numberParam;

    private String number;
    private Long productId;
    private String productName;
    private String hiddenReason;
    private String reason;

    public void load() {
        try {
            number = numberParam;
            ProductFacts product = records.record(numberParam).getProduct();
            productId = product.getId();
            productName = product.getName();
            hiddenReason = hiding.reasonOf(productId);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void hide() {
        try {
            hiding.hide(productId, reason, Faces.getRemoteUser());
            hiddenReason = hiding.reasonOf(productId);
            reason = null;
            Messages.addGlobalInfo(Faces.getResourceBundle("text").getString("admin.listingHiding.message.hidden"));
        } catch (Refused refused) {
            Messages.addError("hiding:reason", refused.message(Faces.getLocale()));
        }
    }

    public void show() {
        hiding.show(productId, Faces.getRemoteUser());
        hiddenReason = null;
        Messages.addGlobalInfo(Faces.getResourceBundle("text").getString("admin.listingHiding.message.shown"));
    }

    public String getNumber() { return number; }
    public Long getProductId() { return productId; }
    public String getProductName() { return productName; }
    public String getHiddenReason() { return hiddenReason; }
    public boolean isHidden() { return hiddenReason != null; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

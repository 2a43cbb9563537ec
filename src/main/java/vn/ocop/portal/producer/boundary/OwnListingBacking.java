package vn.ocop.portal.producer.boundary;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /producer/product?id=N}: the producer edits its own listing; an id not its own is a 404. */
@Named
@ViewScoped
public class OwnListingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnListings listings;

    @Inject
    transient Validator validator;

    @Inject @Param(name = "id") String id;

    private long productId;
    private OwnListing listing;
    private transient Part file;

    /** The view action of the first request: another producer's id, or no number, is the 404 page. */
    public void load() {
        try {
            productId = Pages.id(id).orElseThrow(() -> new NotFound("No product " + id));
            listing = listings.listing(productId);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void save() {
        // The shops come as lines; their https rule is on the list's elements, so check them here, in the page.
        for (ConstraintViolation<OwnListing> wrong : validator.validate(listing)) {
            Messages.addError("listing:" + wrong.getPropertyPath().iterator().next().getName(),
                wrong.getMessage());
        }
        if (Faces.getContext().getMessageList().stream().anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
            return;
        }
        try {
            listings.update(productId, listing);
            done("producerarea.listing.saved");
        } catch (NotFound e) {
            throw e;
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public void upload() {
        try {
            listings.addPhoto(productId, Images.read(file));
            done("producerarea.listing.photoAdded");
        } catch (NotFound e) {
            throw e;
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public void removePhoto(String name) {
        listings.removePhoto(productId, name);
        done("producerarea.listing.photoRemoved");
    }

    private void done(String key) {
        Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString(key));
        Faces.redirect(Faces.getRequestContextPath() + "/producer/product?id=" + productId);
    }

    public OwnListing getListing() {
        return listing;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

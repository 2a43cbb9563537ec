package vn.ocop.portal.producer.boundary;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.platform.boundary.FormChecks;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /producer/profile}: the signed-in producer edits its own public page. */
@Named
@ViewScoped
public class OwnProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnProfiles profiles;

    @Inject
    transient ValidatorFactory validation;

    private OwnProfile profile;
    private transient Part file;

    @PostConstruct
    void load() {
        profile = profiles.profile();
    }

    public void save() {
        boolean wrong = false;
        for (ConstraintViolation<OwnProfile> v : FormChecks.check(validation, profile, Faces.getLocale())) {
            Messages.addError("profile:" + v.getPropertyPath().iterator().next().getName(), v.getMessage());
            wrong = true;
        }
        if (wrong) {
            return;
        }
        try {
            profiles.update(profile);
            done("producerarea.profile.saved");
        } catch (NotFound e) {
            throw e;
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public void upload() {
        try {
            profiles.addPhoto(Images.read(file));
            done("producerarea.profile.photoAdded");
        } catch (NotFound e) {
            throw e;
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public void removePhoto(String name) {
        profiles.removePhoto(name);
        done("producerarea.profile.photoRemoved");
    }

    private void done(String key) {
        Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString(key));
        Faces.redirect(Faces.getRequestContextPath() + "/producer/profile");
    }

    public String getMapTiles() {
        return PortalSettings.mapTiles().orElse("");
    }

    public OwnProfile getProfile() {
        return profile;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

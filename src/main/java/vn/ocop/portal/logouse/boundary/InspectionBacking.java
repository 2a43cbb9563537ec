package vn.ocop.portal.logouse.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.logouse.entity.Inspection;
import vn.ocop.portal.logouse.entity.ViolationType;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /admin/logo-use/inspection?id=N}: one inspection; record its findings, photos and violations. */
@Named
@ViewScoped
public class InspectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Clock clock;

    @Inject @Param(name = "id") String id;

    private long inspectionId;
    private transient Inspection inspection;
    private LocalDate inspectedOn;
    private String findings;
    private final ViolationForm violation = new ViolationForm();
    private String followUpOutcome;
    private transient Part photo;

    @PostConstruct
    void load() {
        if (Pages.id(id).isEmpty()) {
            Pages.notFound();
            return;
        }
        inspectionId = Pages.id(id).getAsLong();
        try {
            inspection = inspections.inspection(inspectionId);
        } catch (NotFound e) {
            inspectionId = 0;
            Pages.notFound();
            return;
        }
        inspectedOn = inspection.getInspectedOn() == null ? LocalDate.now(clock) : inspection.getInspectedOn();
        findings = inspection.getFindings();
        violation.setFoundOn(inspectedOn);
    }

    public void saveFindings() {
        act(() -> inspections.recordFindings(inspectionId, inspectedOn, findings, Faces.getRemoteUser()),
            "inspections.admin.findingsSaved");
    }

    public void upload() {
        act(() -> {
            if (!Uploads.chosen(photo)) {
                throw new Refused("image.error.empty");
            }
            inspections.addPhoto(inspectionId, Images.read(photo), Faces.getRemoteUser());
        }, "inspections.admin.photoAdded");
    }

    public void recordViolation() {
        act(() -> inspections.recordViolation(inspectionId, violation, Faces.getRemoteUser()),
            "inspections.admin.violationRecorded");
    }

    public void followedUp(long violationId) {
        act(() -> inspections.followedUp(violationId, followUpOutcome, Faces.getRemoteUser()),
            "inspections.admin.followedUp");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString(done));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/logo-use/inspection?id=" + inspectionId);
        } catch (Refused refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public Inspection getInspection() {
        if (inspection == null && inspectionId != 0) {
            inspection = inspections.inspection(inspectionId);
        }
        return inspection;
    }

    public ViolationType[] getTypes() {
        return ViolationType.values();
    }

    public String imageUrl(String name) {
        return Images.url(name);
    }

    public String thumbnailUrl(String name) {
        return Images.url(Images.thumbnailOf(name));
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public ViolationForm getViolation() {
        return violation;
    }

    public String getFollowUpOutcome() {
        return followUpOutcome;
    }

    public void setFollowUpOutcome(String followUpOutcome) {
        this.followUpOutcome = followUpOutcome;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}

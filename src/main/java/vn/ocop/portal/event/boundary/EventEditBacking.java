package vn.ocop.portal.event.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.event.entity.EventType;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /admin/events/edit[?id=N]}: an event's details, images, publication and its booth applications. */
@Named
@ViewScoped
public class EventEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Events events;

    @Inject
    transient BoothApplications applications;

    @Inject @Param(name = "id") String id;

    private Long eventId;
    private EventDraft draft = new EventDraft();
    private transient Part file;
    private String certificates;
    /** Per application: the booth number and the note typed in its row. */
    private final java.util.Map<Long, String> booths = new java.util.HashMap<>();
    private final java.util.Map<Long, String> notes = new java.util.HashMap<>();

    @PostConstruct
    void load() {
        if (Pages.id(id).isPresent()) {
            Event e = events.event(Pages.id(id).getAsLong());
            eventId = e.getId();
            draft = EventDraft.of(e);
        }
    }

    public void save() {
        attempt(() -> done(eventId == null ? events.create(draft, actor()).getId()
            : events.update(eventId, draft, actor()).getId(), "events.admin.saved"));
    }

    public void publish(boolean shown) {
        attempt(() -> done(events.publish(eventId, shown, actor()).getId(), "events.admin.saved"));
    }

    public void upload() {
        attempt(() -> done(events.addImage(eventId, Images.read(file), actor()).getId(), "events.admin.saved"));
    }

    /** On a producer's behalf: the products by their certificate numbers, separated by commas or spaces. */
    public void applyFor() {
        attempt(() -> {
            List<String> numbers = Arrays.stream(certificates == null ? new String[0] : certificates.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
            applications.applyByCertificates(eventId, numbers, actor());
            done(eventId, "events.admin.applied");
        });
    }

    public void accept(long applicationId) {
        attempt(() -> {
            applications.accept(applicationId, booths.get(applicationId), notes.get(applicationId), actor());
            done(eventId, "events.admin.decided");
        });
    }

    public void reject(long applicationId) {
        attempt(() -> {
            applications.reject(applicationId, notes.get(applicationId), actor());
            done(eventId, "events.admin.decided");
        });
    }

    public Event getEvent() {
        return eventId == null ? null : events.event(eventId);
    }

    public List<BoothApplication> getApplications() {
        if (eventId == null) {
            return List.of();
        }
        List<BoothApplication> all = applications.ofEvent(eventId);
        for (BoothApplication a : all) {
            booths.putIfAbsent(a.getId(), a.getBoothNumber());
            notes.putIfAbsent(a.getId(), a.getNote());
        }
        return all;
    }

    public List<AdministrativeUnit> getProvinces() {
        return events.provinces();
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    private void done(long savedId, String key) {
        Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString(key));
        Faces.redirect(Faces.getRequestContextPath() + "/admin/events/edit?id=" + savedId);
    }

    private static String actor() {
        return Faces.getRemoteUser();
    }

    public Long getEventId() { return eventId; }
    public EventDraft getDraft() { return draft; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getCertificates() { return certificates; }
    public void setCertificates(String certificates) { this.certificates = certificates; }
    public java.util.Map<Long, String> getBooths() { return booths; }
    public java.util.Map<Long, String> getNotes() { return notes; }
}

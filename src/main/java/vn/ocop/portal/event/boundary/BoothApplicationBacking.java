package vn.ocop.portal.event.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code /producer/events/apply?event=N}: a producer applies for a booth with its own products. The producer is the
 * signed-in account's, never one from the request.
 */
@Named
@ViewScoped
public class BoothApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoothApplications applications;

    @Inject
    transient Events events;

    @Inject @Param(name = "event") String eventParam;

    private Long eventId;
    private Long producerId;
    private List<Long> chosen = new ArrayList<>();
    private transient List<BoothApplications.Unshowable> unshowable;

    @PostConstruct
    void load() {
        try {
            eventId = Pages.id(eventParam).orElseThrow(() -> new NotFound(eventParam));
            events.publicEvent(eventId);
            producerId = applications.callersProducer().orElseThrow(() -> new NotFound("no producer")).getId();
        } catch (NotFound e) {
            eventId = null;
            Pages.notFound();
        }
    }

    public void submit() {
        try {
            applications.apply(eventId, producerId, chosen, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("events.apply.done"));
            Faces.redirect(Faces.getRequestContextPath() + "/producer/events/apply?event=" + eventId);
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public Event getEvent() {
        return eventId == null ? null : events.publicEvent(eventId);
    }

    public boolean isOpen() {
        Event e = getEvent();
        return e != null && e.takesApplications(events.now());
    }

    public List<Product> getProducts() {
        return producerId == null ? List.of() : applications.showable(producerId);
    }

    /** Its own products that may not be shown today, each with the reason: listed, never selectable. */
    public List<BoothApplications.Unshowable> getUnshowable() {
        if (unshowable == null) {
            unshowable = producerId == null ? List.of() : applications.unshowable(producerId, Faces.getLocale());
        }
        return unshowable;
    }

    /** Whether this producer already has a submitted or accepted application here (one per event). */
    public boolean isPending() {
        return getMine().stream().anyMatch(a -> a.getStatus() != vn.ocop.portal.event.entity.ApplicationStatus.REJECTED);
    }

    /** This producer's applications at this event. */
    public List<BoothApplication> getMine() {
        return producerId == null ? List.of() : applications.ofProducer(producerId).stream()
            .filter(a -> a.getEvent().getId().equals(eventId)).toList();
    }

    public List<Long> getChosen() { return chosen; }
    public void setChosen(List<Long> chosen) { this.chosen = chosen; }
}

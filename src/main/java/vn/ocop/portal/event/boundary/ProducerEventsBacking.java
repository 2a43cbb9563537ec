package vn.ocop.portal.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import vn.ocop.portal.event.entity.ApplicationStatus;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;

/**
 * The producer dashboard's events section ({@code /WEB-INF/includes/producer-events.xhtml}): the published events
 * still taking booth applications, and the signed-in producer's own applications with their status and booth.
 */
@Named
@RequestScoped
public class ProducerEventsBacking {

    private static final int OPEN_SHOWN = 20;

    @Inject
    Events events;

    @Inject
    BoothApplications applications;

    private Long producerId;
    private List<Event> open;
    private List<BoothApplication> mine;

    private Long producerId() {
        if (producerId == null) {
            producerId = applications.callersProducer().map(p -> p.getId()).orElse(-1L);
        }
        return producerId;
    }

    /** Whether the signed-in account acts for a producer (else the section says nothing). */
    public boolean isProducer() {
        return producerId() > 0;
    }

    public List<Event> getOpen() {
        if (open == null) {
            open = events.openForApplications(OPEN_SHOWN);
        }
        return open;
    }

    public List<BoothApplication> getMine() {
        if (mine == null) {
            mine = isProducer() ? applications.ofProducer(producerId()) : List.of();
        }
        return mine;
    }

    /** This producer's application at the event that is still open (submitted or accepted), if any. */
    public BoothApplication pendingAt(Event event) {
        return getMine().stream().filter(a -> Objects.equals(a.getEvent().getId(), event.getId())
            && a.getStatus() != ApplicationStatus.REJECTED).findFirst().orElse(null);
    }

    public String shown(java.time.LocalDateTime moment) {
        return moment == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(moment);
    }
}

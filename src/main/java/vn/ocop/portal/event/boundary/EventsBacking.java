package vn.ocop.portal.event.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.omnifaces.cdi.Param;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;

/**
 * {@code /events}: upcoming and past events filtered by province and month; {@code /events/{id}} (or {@code ?id=}):
 * one event with its participants. Also the next events on the home page and those showing a product.
 */
@Named
@RequestScoped
public class EventsBacking {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    Events events;

    @Inject @Param(pathIndex = 0) String pathId;
    @Inject @Param(name = "id") String queryId;
    @Inject @Param(name = "province") String provinceParam;
    @Inject @Param(name = "month") String monthParam;

    private Event event;
    private List<BoothApplication> participants;
    private Long provinceId;
    private YearMonth month;

    @PostConstruct
    void init() {
        provinceId = Pages.id(provinceParam).isPresent() ? Pages.id(provinceParam).getAsLong() : null;
        try {
            month = monthParam == null || monthParam.isBlank() ? null : YearMonth.parse(monthParam.strip());
        } catch (DateTimeParseException e) {
            month = null;
        }
    }

    /** Loads the event named in the address, if any; an unknown or unpublished one is a 404. */
    public void load() {
        String id = queryId != null && !queryId.isEmpty() ? queryId : pathId;
        if (id == null || id.isEmpty()) {
            return;
        }
        try {
            event = events.publicEvent(Pages.id(id).orElseThrow(() -> new NotFound(id)));
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        participants = events.participants(event);
    }

    public Event getEvent() { return event; }
    public List<BoothApplication> getParticipants() { return participants; }
    public Long getProvinceId() { return provinceId; }
    public String getMonth() { return month == null ? "" : month.toString(); }

    /** The calendar opens on the month filtered, else today's month (p:schedule wants a LocalDate, not text). */
    public java.time.LocalDate getInitialDate() {
        return month == null ? events.now().toLocalDate() : month.atDay(1);
    }

    public List<Event> getUpcoming() {
        return events.published(false, provinceId, month, 100);
    }

    public List<Event> getPast() {
        return events.published(true, provinceId, month, 50);
    }

    public List<Event> getNext() {
        return events.published(false, null, null, 4);
    }

    public List<AdministrativeUnit> getProvinces() {
        return events.provinces();
    }

    public List<Event> showing(Product product) {
        return events.showing(product);
    }

    public boolean takesApplications(Event e) {
        return e.takesApplications(events.now());
    }

    public String shown(LocalDateTime moment) {
        return moment == null ? "" : SHOWN.format(moment);
    }

    public String machine(LocalDateTime moment) {
        return moment == null ? "" : moment.toString();
    }
}

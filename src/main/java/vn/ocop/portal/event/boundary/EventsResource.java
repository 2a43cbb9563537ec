package vn.ocop.portal.event.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.event.control.ICalendar;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.platform.entity.Refused;

/** Published fairs and events as JSON and iCalendar; unpublished ones do not exist here. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class EventsResource {

    static final String CALENDAR = "text/calendar;charset=UTF-8";

    @Inject
    Events events;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    public record Shown(long id, String name, String certificate, Integer stars, LocalDate validUntil, String url) {
        static Shown of(Product p) {
            var c = p.getCurrentCertificate();
            return new Shown(p.getId(), p.getName(), c == null ? null : c.getNumber(),
                c == null ? null : c.getStars().getValue(), c == null ? null : c.getExpiresOn(), "/product/" + p.getId());
        }
    }

    public record Participant(long producerId, String producer, String booth, List<Shown> products) {
        static Participant of(BoothApplication a) {
            return new Participant(a.getProducer().getId(), a.getProducer().getName(), a.getBoothNumber(),
                a.getProducts().stream().map(Shown::of).toList());
        }
    }

    public record Summary(long id, String name, String type, String organiser, LocalDateTime startsAt,
                          LocalDateTime endsAt, String address, String province, Double latitude, Double longitude,
                          int booths, LocalDateTime applicationsUntil, String url, String ics) {
        static Summary of(Event e) {
            return new Summary(e.getId(), e.getName(), e.getType().name(), e.getOrganiser(), e.getStartsAt(),
                e.getEndsAt(), e.getAddress(), e.getProvince().getName(), e.getLatitude(), e.getLongitude(),
                e.getBooths(), e.getApplicationsUntil(), "/events/" + e.getId(), "/api/v1/events/" + e.getId() + ".ics");
        }
    }

    public record Detail(Summary event, String description, List<String> images, boolean takesApplications,
                         List<Participant> participants) {
    }

    public record Listing(int total, List<Summary> items) {
    }

    @GET
    @Operation(summary = "Published events: upcoming by default (past=true for past ones), of a province (id or name) and a month (YYYY-MM)")
    public Listing list(@QueryParam("province") String province, @QueryParam("month") String month,
                        @QueryParam("past") boolean past) {
        Long provinceId = null;
        if (province != null && !province.isBlank()) {
            // An unknown province finds nothing rather than everything.
            provinceId = events.provinceOf(province).map(u -> u.getId()).orElse(-1L);
        }
        List<Summary> items = events.published(past, provinceId, month(month), 200).stream().map(Summary::of).toList();
        return new Listing(items.size(), items);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One published event with its participants (accepted applications) and the products they bring")
    public Detail one(@PathParam("id") long id) {
        Event e = events.publicEvent(id);
        return new Detail(Summary.of(e), e.getDescription(), e.getImages().stream().map(n -> "/images/" + n).toList(),
            e.takesApplications(events.now()), events.participants(e).stream().map(Participant::of).toList());
    }

    @GET
    @Path("{id: [0-9]+}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "One published event as an iCalendar file")
    public Response ics(@PathParam("id") long id) {
        Event e = events.publicEvent(id);
        return calendar(List.of(e), "event-" + id + ".ics");
    }

    @GET
    @Path("feed.ics")
    @Produces(CALENDAR)
    @Operation(summary = "All upcoming published events as an iCalendar feed to subscribe to")
    public Response feed() {
        return calendar(events.published(false, null, null, 500), "ocop-events.ics");
    }

    private Response calendar(List<Event> shown, String fileName) {
        String base = request.getScheme() + "://" + request.getServerName()
            + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
            + request.getContextPath();
        String body = ICalendar.of(shown, base, request.getServerName(), clock.getZone(), clock.instant());
        return Response.ok(body, CALENDAR).header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
            .header("Cache-Control", "public, max-age=300").build();
    }

    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new Refused("events.refused.month", month);
        }
    }
}

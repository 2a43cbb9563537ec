package vn.ocop.portal.event.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import vn.ocop.portal.event.entity.Event;

/** The public calendar: a lazy model that loads only the published events of the range the visitor looks at. */
@Named
@ViewScoped
public class EventCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Events events;

    /** The province filtered on the page that opened this view ({@code /events?province=}); kept for its ranges. */
    private Long provinceId;

    @jakarta.annotation.PostConstruct
    void filter() {
        var id = vn.ocop.portal.platform.boundary.Pages.id(org.omnifaces.util.Faces.getRequestParameter("province"));
        provinceId = id.isPresent() ? id.getAsLong() : null;
    }

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (Event e : events().between(start, end, provinceId)) {
                addEvent(DefaultScheduleEvent.builder().id("event-" + e.getId()).title(e.getName())
                    .startDate(e.getStartsAt()).endDate(e.getEndsAt()).url("events/" + e.getId())
                    .styleClass("event-" + e.getType().name().toLowerCase(java.util.Locale.ROOT)).build());
            }
        }
    };

    private Events events() {
        if (events == null) {
            events = jakarta.enterprise.inject.spi.CDI.current().select(Events.class).get();
        }
        return events;
    }

    public ScheduleModel getModel() {
        return model;
    }
}

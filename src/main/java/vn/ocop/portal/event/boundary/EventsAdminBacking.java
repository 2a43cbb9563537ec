package vn.ocop.portal.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.ocop.portal.event.entity.Event;

/** {@code /admin/events/}: the latest events, newest first. */
@Named
@RequestScoped
public class EventsAdminBacking {

    @Inject
    Events events;

    private List<Event> latest;

    public List<Event> getEvents() {
        if (latest == null) {
            latest = events.all(0, 200);
        }
        return latest;
    }
}

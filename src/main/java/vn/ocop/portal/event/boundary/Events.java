package vn.ocop.portal.event.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.UnitLevel;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/**
 * The commerce department's fairs and events, and what the public reads of them: only published events are public.
 * "Upcoming" means not yet ended by the portal's clock.
 */
@Stateless
@RolesAllowed({"ADMIN", "COMMERCE"})
public class Events {

    public static final String IMAGE_FOLDER = "events";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Images images;

    @Inject
    vn.ocop.portal.catalogue.boundary.Catalogue catalogue;

    @PermitAll
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // What the public sees

    /**
     * Published events, upcoming (not ended) or past, optionally of a province and overlapping a month; upcoming ones
     * soonest first, past ones latest first.
     */
    @PermitAll
    public List<Event> published(boolean past, Long provinceId, YearMonth month, int max) {
        LocalDateTime now = now();
        StringBuilder jpql = new StringBuilder("select e from Event e join fetch e.province p where e.published = true");
        jpql.append(past ? " and e.endsAt < :now" : " and e.endsAt >= :now");
        if (provinceId != null) {
            jpql.append(" and p.id = :province");
        }
        if (month != null) {
            jpql.append(" and e.startsAt < :monthEnd and e.endsAt >= :monthStart");
        }
        jpql.append(past ? " order by e.startsAt desc, e.id desc" : " order by e.startsAt, e.id");
        var query = em.createQuery(jpql.toString(), Event.class).setParameter("now", now).setMaxResults(max);
        if (provinceId != null) {
            query.setParameter("province", provinceId);
        }
        if (month != null) {
            query.setParameter("monthStart", month.atDay(1).atStartOfDay())
                .setParameter("monthEnd", month.plusMonths(1).atDay(1).atStartOfDay());
        }
        return query.getResultList();
    }

    /** Published events overlapping [from, to): what the calendar shows of a range. */
    @PermitAll
    public List<Event> between(LocalDateTime from, LocalDateTime to, Long provinceId) {
        var query = em.createQuery("select e from Event e join fetch e.province p where e.published = true "
            + "and e.startsAt < :to and e.endsAt >= :from" + (provinceId == null ? "" : " and p.id = :province")
            + " order by e.startsAt, e.id", Event.class).setParameter("from", from).setParameter("to", to)
            .setMaxResults(500);
        if (provinceId != null) {
            query.setParameter("province", provinceId);
        }
        return query.getResultList();
    }

    /** Published events whose booth-application deadline has not passed, soonest first: what producers may apply to. */
    @PermitAll
    public List<Event> openForApplications(int max) {
        return em.createQuery("select e from Event e join fetch e.province where e.published = true "
            + "and e.applicationsUntil >= :now order by e.applicationsUntil, e.startsAt, e.id", Event.class)
            .setParameter("now", now()).setMaxResults(max).getResultList();
    }

    /** A published event; an unpublished one does not exist for the public. */
    @PermitAll
    public Event publicEvent(long id) {
        Event event = em.find(Event.class, id);
        if (event == null || !event.isPublished()) {
            throw new NotFound("No event " + id);
        }
        return event;
    }

    /** The accepted applications: who takes part, by booth. */
    @PermitAll
    public List<BoothApplication> participants(Event event) {
        return em.createNamedQuery(BoothApplication.FIND_ACCEPTED, BoothApplication.class).setParameter("event", event)
            .getResultList();
    }

    /** Upcoming published events where a product will be shown (its application accepted). */
    @PermitAll
    public List<Event> showing(Product product) {
        return em.createNamedQuery(BoothApplication.FIND_SHOWING, Event.class).setParameter("product", product)
            .setParameter("now", now()).setMaxResults(20).getResultList();
    }

    @PermitAll
    public List<AdministrativeUnit> provinces() {
        return em.createQuery("select u from AdministrativeUnit u where u.level = :level order by u.sortKey",
            AdministrativeUnit.class).setParameter("level", UnitLevel.PROVINCE).getResultList();
    }

    /** A province by its id, or by its name with or without diacritics: what the API's {@code ?province=} takes. */
    @PermitAll
    public java.util.Optional<AdministrativeUnit> provinceOf(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return java.util.Optional.empty();
        }
        if (idOrName.strip().matches("[0-9]{1,18}")) {
            return java.util.Optional.ofNullable(em.find(AdministrativeUnit.class, Long.parseLong(idOrName.strip())))
                .filter(u -> u.getLevel() == UnitLevel.PROVINCE);
        }
        return catalogue.provinceNamed(idOrName);
    }

    // What the commerce department does

    /** Every event, newest first, a page at a time. */
    public List<Event> all(int first, int max) {
        return em.createQuery("select e from Event e join fetch e.province order by e.startsAt desc, e.id desc",
            Event.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }

    public Event event(long id) {
        Event event = em.find(Event.class, id);
        if (event == null) {
            throw new NotFound("No event " + id);
        }
        return event;
    }

    public Event create(@Valid @NotNull EventDraft draft, String actor) {
        Event event = new Event(draft.details(), province(draft), actor, clock.instant());
        em.persist(event);
        em.flush();
        audit.record(actor, "events.create", subject(event), null, describe(event));
        return event;
    }

    /** An edit of the version the editor opened; one saved meanwhile by someone else is never overwritten. */
    public Event update(long id, @Valid @NotNull EventDraft draft, String actor) {
        Event event = event(id);
        if (draft.getVersion() == null) {
            throw new ChangedMeanwhile(event.getUpdatedBy());
        }
        ChangedMeanwhile.unlessVersion(event.getUpdatedBy(), draft.getVersion(), event.getVersion());
        String before = describe(event);
        event.revise(draft.details(), province(draft), actor, clock.instant());
        ChangedMeanwhile.flush(em, event.getUpdatedBy());
        audit.record(actor, "events.update", subject(event), before, describe(event));
        return event;
    }

    public Event publish(long id, boolean shown, String actor) {
        Event event = event(id);
        if (event.isPublished() != shown) {
            String before = describe(event);
            event.publish(shown, actor, clock.instant());
            audit.record(actor, shown ? "events.publish" : "events.unpublish", subject(event), before, describe(event));
        }
        return event;
    }

    /** Stores an image (checked, re-encoded) and adds it; the file goes again if this transaction rolls back. */
    public Event addImage(long id, byte[] content, String actor) {
        Event event = event(id);
        String before = describe(event);
        Images.StoredImage stored = images.store(IMAGE_FOLDER, content);
        event.addImage(stored.name(), actor, clock.instant());
        audit.record(actor, "events.image", subject(event), before, describe(event));
        return event;
    }

    public Event removeImage(long id, String imageName, String actor) {
        Event event = event(id);
        String before = describe(event);
        if (event.removeImage(imageName, actor, clock.instant())) {
            images.delete(imageName);
            audit.record(actor, "events.imageRemoved", subject(event), before, describe(event));
        }
        return event;
    }

    private AdministrativeUnit province(EventDraft draft) {
        AdministrativeUnit unit = draft.getProvinceId() != null ? em.find(AdministrativeUnit.class, draft.getProvinceId())
            : provinceOf(draft.getProvince()).orElse(null);
        if (unit == null || unit.getLevel() != UnitLevel.PROVINCE) {
            throw new Refused("events.refused.province");
        }
        return unit;
    }

    static String subject(Event event) {
        return "event " + event.getId();
    }

    private static String describe(Event e) {
        return "name=" + e.getName() + "; type=" + e.getType() + "; organiser=" + e.getOrganiser() + "; from="
            + e.getStartsAt() + "; to=" + e.getEndsAt() + "; province=" + e.getProvince().getName() + "; address="
            + e.getAddress() + "; booths=" + e.getBooths() + "; applicationsUntil=" + e.getApplicationsUntil()
            + "; published=" + e.isPublished() + "; images=" + e.getImages().size();
    }
}

package vn.ocop.portal.event.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * Booth applications: a producer applies for its own products (or the commerce department on its behalf), and the
 * commerce department accepts or rejects each one. A producer only ever reaches its own applications; another's is
 * answered as not found.
 */
@Stateless
@RolesAllowed({"ADMIN", "COMMERCE", "PRODUCER"})
public class BoothApplications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext caller;

    /**
     * Applies for a booth at a published event whose deadline has not passed, showing the producer's own products that
     * hold a certificate in force today; refused with the reason otherwise. Callers in the producer area pass the
     * logged-in account's producer id, never one from the request.
     */
    public BoothApplication apply(long eventId, long producerId, @NotNull List<Long> productIds, @NotNull String actor) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new NotFound("No event " + eventId);
        }
        Producer producer = em.find(Producer.class, producerId);
        if (producer == null || !mayActFor(producerId)) {
            throw new NotFound("No producer " + producerId);
        }
        Set<Product> shown = new LinkedHashSet<>();
        for (Long productId : productIds) {
            Product product = productId == null ? null : em.find(Product.class, productId);
            if (product == null) {
                throw new Refused("events.refused.noSuchProduct", productId);
            }
            shown.add(product);
        }
        boolean pending = em.createQuery("select count(a) from BoothApplication a where a.event = :event "
                + "and a.producer = :producer and a.status <> vn.ocop.portal.event.entity.ApplicationStatus.REJECTED",
                Long.class).setParameter("event", event).setParameter("producer", producer).getSingleResult() > 0;
        if (pending) {
            throw new Refused("events.refused.alreadyApplied", producer.getName(), event.getName());
        }
        BoothApplication application = new BoothApplication(event, producer, shown, LocalDateTime.now(clock), actor,
            clock.instant());
        em.persist(application);
        em.flush();
        audit.record(actor, "events.apply", subject(application), null, describe(application));
        return application;
    }

    /**
     * The commerce department applies on a producer's behalf, naming the products by their certificate numbers (what
     * officials have at hand): the producer is theirs, and they must all be one producer's. The same rules as
     * {@link #apply} then hold.
     */
    @RolesAllowed({"ADMIN", "COMMERCE"})
    public BoothApplication applyByCertificates(long eventId, List<String> certificateNumbers, String actor) {
        List<Long> productIds = new java.util.ArrayList<>();
        Long producerId = null;
        for (String number : certificateNumbers) {
            Product product = em.createNamedQuery(vn.ocop.portal.certification.entity.Certificate.FIND_BY_NUMBER,
                    vn.ocop.portal.certification.entity.Certificate.class).setParameter("number", number.strip())
                .getResultStream().findFirst().map(vn.ocop.portal.certification.entity.Certificate::getProduct)
                .orElseThrow(() -> new Refused("events.refused.noSuchCertificate", number));
            Long owner = product.getProducer().getId();
            if (producerId != null && !producerId.equals(owner)) {
                throw new Refused("events.refused.severalProducers");
            }
            producerId = owner;
            productIds.add(product.getId());
        }
        if (producerId == null) {
            throw new Refused("events.refused.noProducts");
        }
        return apply(eventId, producerId, productIds, actor);
    }

    /** The producer of the calling PRODUCER account, if it has one. */
    public java.util.Optional<Producer> callersProducer() {
        return em.createNamedQuery(vn.ocop.portal.account.entity.Account.FIND_BY_USERNAME,
                vn.ocop.portal.account.entity.Account.class)
            .setParameter("username", caller.getCallerPrincipal().getName()).getResultStream().findFirst()
            .map(vn.ocop.portal.account.entity.Account::getProducer);
    }

    /** A producer's own products that may be shown today (certificate in force): what its application form offers. */
    public List<Product> showable(long producerId) {
        Producer producer = em.find(Producer.class, producerId);
        if (producer == null || !mayActFor(producerId)) {
            throw new NotFound("No producer " + producerId);
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return em.createNamedQuery(Product.FIND_BY_PRODUCER, Product.class).setParameter("producer", producer)
            .getResultStream().filter(p -> BoothApplication.isShowable(p, today)).toList();
    }

    /** One of a producer's own products that may not be shown today, with the worded reason. */
    public static final class Unshowable implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private final String reason;

        Unshowable(long id, String name, String reason) {
            this.id = id;
            this.name = name;
            this.reason = reason;
        }

        public long getId() { return id; }
        public String getName() { return name; }
        public String getReason() { return reason; }
    }

    /**
     * A producer's own products that may not be shown today (no certificate, expired, revoked), each with the reason
     * worded in {@code locale}: what its application form shows as not selectable.
     */
    public List<Unshowable> unshowable(long producerId, java.util.Locale locale) {
        Producer producer = em.find(Producer.class, producerId);
        if (producer == null || !mayActFor(producerId)) {
            throw new NotFound("No producer " + producerId);
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<Unshowable> out = new java.util.ArrayList<>();
        for (Product p : em.createNamedQuery(Product.FIND_BY_PRODUCER, Product.class).setParameter("producer", producer)
                .getResultList()) {
            BoothApplication.whyNotShowable(p, today)
                .ifPresent(r -> out.add(new Unshowable(p.getId(), p.getName(), r.message(locale))));
        }
        return out;
    }

    /** An event's applications, for the commerce department. */
    @RolesAllowed({"ADMIN", "COMMERCE"})
    public List<BoothApplication> ofEvent(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new NotFound("No event " + eventId);
        }
        return em.createNamedQuery(BoothApplication.FIND_BY_EVENT, BoothApplication.class).setParameter("event", event)
            .getResultList();
    }

    /** A producer's own applications, newest first. */
    public List<BoothApplication> ofProducer(long producerId) {
        if (!mayActFor(producerId)) {
            throw new NotFound("No producer " + producerId);
        }
        return em.createNamedQuery(BoothApplication.FIND_BY_PRODUCER, BoothApplication.class)
            .setParameter("producer", producerId).getResultList();
    }

    /** Staff act for any producer; a producer account only for its own (checked here, whatever the caller passes). */
    private boolean mayActFor(long producerId) {
        if (caller.isCallerInRole("ADMIN") || caller.isCallerInRole("COMMERCE")) {
            return true;
        }
        return em.createNamedQuery(vn.ocop.portal.account.entity.Account.FIND_BY_USERNAME,
                vn.ocop.portal.account.entity.Account.class)
            .setParameter("username", caller.getCallerPrincipal().getName()).getResultStream().findFirst()
            .map(a -> a.getProducer() != null && Objects.equals(a.getProducer().getId(), producerId)).orElse(false);
    }

    /** One application as its producer sees it: another producer's is not found. */
    public BoothApplication ownedBy(long applicationId, long producerId) {
        BoothApplication application = em.find(BoothApplication.class, applicationId);
        if (application == null || !Objects.equals(application.getProducer().getId(), producerId)
            || !mayActFor(producerId)) {
            throw new NotFound("No application " + applicationId);
        }
        return application;
    }

    /**
     * Accepts with a booth number. The event row is locked while the accepted ones are counted, so two officials
     * accepting at once cannot exceed the booths.
     */
    @RolesAllowed({"ADMIN", "COMMERCE"})
    public BoothApplication accept(long applicationId, String boothNumber, String note, String actor) {
        BoothApplication application = application(applicationId);
        em.lock(application.getEvent(), LockModeType.PESSIMISTIC_WRITE);
        long accepted = em.createNamedQuery(BoothApplication.COUNT_ACCEPTED, Long.class)
            .setParameter("event", application.getEvent()).getSingleResult();
        String booth = clip(boothNumber, BoothApplication.BOOTH_LENGTH);
        if (booth != null) {
            boolean taken = em.createQuery("select count(a) from BoothApplication a where a.event = :event "
                    + "and a.boothNumber = :booth and a.id <> :id "
                    + "and a.status = vn.ocop.portal.event.entity.ApplicationStatus.ACCEPTED", Long.class)
                .setParameter("event", application.getEvent()).setParameter("booth", booth)
                .setParameter("id", application.getId()).getSingleResult() > 0;
            if (taken) {
                throw new Refused("events.refused.boothTaken", booth);
            }
        }
        String before = describe(application);
        application.accept(booth, clip(note, BoothApplication.NOTE_LENGTH), accepted, actor, clock.instant());
        audit.record(actor, "events.accept", subject(application), before, describe(application));
        return application;
    }

    @RolesAllowed({"ADMIN", "COMMERCE"})
    public BoothApplication reject(long applicationId, String note, String actor) {
        BoothApplication application = application(applicationId);
        String before = describe(application);
        application.reject(clip(note, BoothApplication.NOTE_LENGTH), actor, clock.instant());
        audit.record(actor, "events.reject", subject(application), before, describe(application));
        return application;
    }

    private BoothApplication application(long id) {
        BoothApplication application = em.find(BoothApplication.class, id);
        if (application == null) {
            throw new NotFound("No application " + id);
        }
        return application;
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new Refused("events.refused.tooLong", max);
        }
        return stripped;
    }

    private static String subject(BoothApplication a) {
        return "booth application " + a.getId() + " (event " + a.getEvent().getId() + ")";
    }

    private static String describe(BoothApplication a) {
        return "producer=" + a.getProducer().getId() + "; products="
            + a.getProducts().stream().map(Product::getId).sorted().toList() + "; status=" + a.getStatus() + "; booth="
            + a.getBoothNumber() + "; note=" + a.getNote();
    }
}

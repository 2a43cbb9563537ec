package vn.ocop.portal.inquiry.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.Role;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.inquiry.control.InquiryMails;
import vn.ocop.portal.inquiry.entity.Inquiry;
import vn.ocop.portal.inquiry.entity.InquiryRequest;
import vn.ocop.portal.inquiry.entity.InquiryStatus;
import vn.ocop.portal.inquiry.entity.Route;
import vn.ocop.portal.platform.boundary.Mailer;
import vn.ocop.portal.platform.boundary.PortalClock;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.platform.entity.MailNotSent;
import vn.ocop.portal.platform.entity.NotFound;

/**
 * Buyer inquiries: a visitor's inquiry is stored and routed (to the producer when it has an active account, else to
 * the commerce department) and its recipients are mailed; recipients read their inbox, reply (the reply is mailed to
 * the buyer and kept in the thread), annotate and close. Who may see an inquiry, and so the buyer's contact data:
 * the producer it is routed to, the commerce department for those routed to it, and the OCOP office. Anyone else
 * is told it does not exist.
 */
@Stateless
@RolesAllowed({"ADMIN", "COMMERCE", "PRODUCER"})
public class Inquiries {

    private static final Logger LOG = Logger.getLogger(Inquiries.class.getName());
    public static final int PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    InquiryMails mails;

    /** What a visitor is told after sending: the number and who will answer. */
    public record Sent(long id, Route routedTo) {
    }

    @PermitAll
    public Sent send(long productId, @NotNull @Valid InquiryRequest request, String base) {
        Product product = em.find(Product.class, productId);
        if (product == null || product.getCurrentCertificate() == null) {
            throw new NotFound("No product with id " + productId);
        }
        List<String> producerAccounts = producerAddresses(product);
        Route route = producerAccounts.isEmpty() ? Route.COMMERCE : Route.PRODUCER;
        Inquiry inquiry = new Inquiry(product, route, request, clock.instant());
        em.persist(inquiry);
        em.flush();
        List<String> recipients = route == Route.PRODUCER ? producerAccounts : commerceAddresses();
        InquiryMails.Mail mail = mails.newInquiry(inquiry, base);
        for (String to : recipients) {
            try {
                mailer.send(to, mail.subject(), mail.body());
            } catch (MailNotSent e) {
                // The inquiry is in the inbox anyway; one bad address must not lose it.
                LOG.warning(() -> "Inquiry " + inquiry.getId() + " not mailed to " + to + ": " + e.getMessage());
            }
        }
        return new Sent(inquiry.getId(), route);
    }

    /** Whether a product's inquiries go to its producer: it has an enabled account that has set its password. */
    @PermitAll
    public Route routeFor(Product product) {
        return producerAddresses(product).isEmpty() ? Route.COMMERCE : Route.PRODUCER;
    }

    private List<String> producerAddresses(Product product) {
        return em.createQuery("select a.email from Account a where a.producer = :producer and a.role = :role "
                + "and a.enabled = true and a.passwordHash is not null and a.email is not null", String.class)
            .setParameter("producer", product.getProducer()).setParameter("role", Role.PRODUCER).getResultList();
    }

    private List<String> commerceAddresses() {
        return em.createQuery("select a.email from Account a where a.role = :role and a.enabled = true "
                + "and a.email is not null", String.class).setParameter("role", Role.COMMERCE).getResultList();
    }

    /** The caller's inbox with one status, newest first. */
    public List<Inquiry> inbox(String username, InquiryStatus status) {
        Account caller = caller(username);
        return (switch (caller.getRole()) {
            case PRODUCER -> em.createNamedQuery(Inquiry.FIND_FOR_PRODUCER, Inquiry.class)
                .setParameter("producer", caller.getProducer());
            case COMMERCE -> em.createNamedQuery(Inquiry.FIND_FOR_COMMERCE, Inquiry.class);
            case ADMIN -> em.createNamedQuery(Inquiry.FIND_ALL_BY_STATUS, Inquiry.class);
        }).setParameter("status", status).setMaxResults(PAGE).getResultList();
    }

    /** One inquiry the caller may see, with its thread; NotFound otherwise, whether or not it exists. */
    public Inquiry inquiry(long id, String username) {
        Account caller = caller(username);
        Inquiry inquiry = em.find(Inquiry.class, id);
        if (inquiry == null || !visibleTo(inquiry, caller)) {
            throw new NotFound("No inquiry " + id);
        }
        inquiry.getMessages().size();
        return inquiry;
    }

    static boolean visibleTo(Inquiry inquiry, Account caller) {
        return switch (caller.getRole()) {
            case ADMIN -> true;
            case COMMERCE -> inquiry.getRoute() == Route.COMMERCE;
            case PRODUCER -> inquiry.getRoute() == Route.PRODUCER && caller.getProducer() != null
                && caller.getProducer().getId().equals(inquiry.getProducer().getId());
        };
    }

    /** A reply, mailed to the buyer now and kept in the thread; the mail failing rolls the reply back. */
    public Inquiry reply(long id, String text, String username) {
        // Checked here, not by constraints on the parameter: Payara 6's OpenAPI scanner fails on those.
        if (text == null || text.isBlank() || text.length() > Inquiry.MESSAGE_LENGTH) {
            throw new Refused("inquiries.error.replyLength", Inquiry.MESSAGE_LENGTH);
        }
        Inquiry inquiry = inquiry(id, username);
        inquiry.reply(username, text, clock.instant());
        InquiryMails.Mail mail = mails.reply(inquiry, text.strip());
        mailer.send(inquiry.getEmail(), mail.subject(), mail.body());
        audit.record(username, "inquiry.reply", subject(inquiry), null, "status=" + inquiry.getStatus());
        return inquiry;
    }

    public Inquiry annotate(long id, String note, String username) {
        if (note != null && note.length() > Inquiry.NOTE_LENGTH) {
            throw new Refused("inquiries.error.noteLength", Inquiry.NOTE_LENGTH);
        }
        Inquiry inquiry = inquiry(id, username);
        inquiry.annotate(note);
        return inquiry;
    }

    public Inquiry close(long id, String username) {
        Inquiry inquiry = inquiry(id, username);
        String before = "status=" + inquiry.getStatus();
        inquiry.close(clock.instant());
        audit.record(username, "inquiry.close", subject(inquiry), before, "status=" + inquiry.getStatus());
        return inquiry;
    }

    static String subject(Inquiry inquiry) {
        return "inquiry " + inquiry.getId();
    }

    private Account caller(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", username)
            .getResultStream().findFirst().orElseThrow(() -> new NotFound("No account " + username));
    }

    // The commerce department's figures

    /** One line of a figure: what is counted, how many inquiries, how many of them were answered. */
    public record Line(String label, long inquiries, long answered) {
        public long getAnsweredPercent() {
            return inquiries == 0 ? 0 : Math.round(100.0 * answered / inquiries);
        }

        public String getLabel() {
            return label;
        }

        public long getInquiries() {
            return inquiries;
        }

        public long getAnswered() {
            return answered;
        }
    }

    /** The supply–demand connection figures: inquiries per month (last 12), per product group, per province. */
    public record Figures(Line total, List<Line> perMonth, List<Line> perGroup, List<Line> perProvince) {
        public Line getTotal() {
            return total;
        }

        public List<Line> getPerMonth() {
            return perMonth;
        }

        public List<Line> getPerGroup() {
            return perGroup;
        }

        public List<Line> getPerProvince() {
            return perProvince;
        }
    }

    @RolesAllowed({"ADMIN", "COMMERCE"})
    public Figures figures() {
        LocalDate today = LocalDate.now(clock.withZone(PortalClock.VIETNAM));
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(first.plusMonths(i), new long[2]);
        }
        Instant since = first.atDay(1).atStartOfDay(PortalClock.VIETNAM).toInstant();
        // Only two moments per inquiry, bucketed here in Vietnam's zone, which SQL month functions would not use.
        for (Object[] row : em.createQuery("select i.createdAt, i.firstReplyAt from Inquiry i where i.createdAt >= :since",
            Object[].class).setParameter("since", since).getResultList()) {
            long[] line = months.get(YearMonth.from(((Instant) row[0]).atZone(PortalClock.VIETNAM)));
            if (line != null) {
                line[0]++;
                line[1] += row[1] == null ? 0 : 1;
            }
        }
        List<Line> perMonth = new ArrayList<>();
        months.forEach((month, counts) -> perMonth.add(new Line(month.toString(), counts[0], counts[1])));
        List<Line> perGroup = em.createQuery("select p.group, count(i), count(i.firstReplyAt) from Inquiry i "
                + "join i.product p group by p.group order by count(i) desc", Object[].class).getResultStream()
            .map(r -> new Line(((ProductGroup) r[0]).getCode(), (Long) r[1], (Long) r[2])).toList();
        List<Line> perProvince = em.createQuery("select u.name, count(i), count(i.firstReplyAt) from Inquiry i "
                + "join i.product p join p.province u group by u.name order by count(i) desc", Object[].class)
            .getResultStream().map(r -> new Line((String) r[0], (Long) r[1], (Long) r[2])).toList();
        Object[] total = em.createQuery("select count(i), count(i.firstReplyAt) from Inquiry i", Object[].class)
            .getSingleResult();
        return new Figures(new Line("total", (Long) total[0], (Long) total[1]), perMonth, perGroup, perProvince);
    }
}

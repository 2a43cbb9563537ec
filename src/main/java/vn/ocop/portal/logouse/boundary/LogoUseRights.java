package vn.ocop.portal.logouse.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.control.EndOfRights;
import vn.ocop.portal.logouse.control.EndOfRightsMail;
import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.RightEnded;

/**
 * The automatic end of the right to the mark. Two ways in, one rule ({@link EndOfRights}): every change to
 * certificates fires {@link ProductsChanged} inside its transaction (suspend, revoke, re-evaluation, decisions,
 * imports), and the daily pass catches expiry by date. Only ACTIVE uses turn, so running either twice changes nothing
 * and mails nobody twice. The mails go out after the commit ({@link EndOfRightsMails}).
 */
@Stateless
public class LogoUseRights {

    private static final int CHUNK = 500;
    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<EndOfRightsMails.Due> mails;

    /** In the certificate change's own transaction: the uses turn together with the certificate, or not at all. */
    public void onProductsChanged(@Observes ProductsChanged change) {
        if (change.productIds().isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(change.productIds());
        List<LogoUse> uses = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            uses.addAll(em.createQuery("select u from LogoUse u join fetch u.certificate c join fetch c.product p "
                    + "where u.status = vn.ocop.portal.logouse.entity.LogoUseStatus.ACTIVE and p.id in :ids", LogoUse.class)
                .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList());
        }
        apply(uses, LocalDate.now(clock));
    }

    /** The daily pass: every active use whose certificate expired by today (or ended otherwise) turns. */
    public Run runDaily() {
        LocalDate today = LocalDate.now(clock);
        List<LogoUse> uses = new ArrayList<>(em.createNamedQuery(LogoUse.FIND_ACTIVE_EXPIRED, LogoUse.class)
            .setParameter("today", today).getResultList());
        uses.addAll(em.createQuery("select u from LogoUse u join fetch u.certificate c "
                + "where u.status = vn.ocop.portal.logouse.entity.LogoUseStatus.ACTIVE "
                + "and c.state <> vn.ocop.portal.certification.entity.CertificateState.ACTIVE", LogoUse.class)
            .getResultList());
        return apply(uses, today);
    }

    private Run apply(List<LogoUse> uses, LocalDate today) {
        Map<Certificate, List<LogoUse>> turned = new LinkedHashMap<>();
        for (LogoUse use : uses) {
            Optional<RightEnded> why = EndOfRights.of(use, today);
            if (why.isPresent() && use.endRight(why.get(), today)) {
                audit.record(SYSTEM, "logouse.rightEnded", "logo use " + use.getId(), "status=ACTIVE",
                    "status=" + use.getStatus() + "; endedBy=" + why.get() + "; certificate=" + use.getCertificate().getNumber());
                turned.computeIfAbsent(use.getCertificate(), c -> new ArrayList<>()).add(use);
            }
        }
        List<EndOfRightsMail> due = new ArrayList<>();
        turned.forEach((certificate, ofCertificate) -> recipient(certificate).ifPresent(to -> due.add(EndOfRightsMail.of(to,
            certificate.getNumber(), certificate.getProduct().getName(), certificate.getProduct().getProducer().getName(),
            ofCertificate.get(0).getStatus(), ofCertificate.stream().map(LogoUse::getForm).toList()))));
        if (!due.isEmpty()) {
            mails.fire(new EndOfRightsMails.Due(due));
        }
        int uses2 = turned.values().stream().mapToInt(List::size).sum();
        return new Run(uses2, turned.size(), due.size());
    }

    /** The producer's own address, else that of one of its portal accounts. */
    private Optional<String> recipient(Certificate certificate) {
        var producer = certificate.getProduct().getProducer();
        if (producer.getEmail() != null && !producer.getEmail().isBlank()) {
            return Optional.of(producer.getEmail().strip());
        }
        return em.createQuery("select a.email from Account a where a.producer = :producer and a.email is not null "
                + "order by a.id", String.class)
            .setParameter("producer", producer).setMaxResults(1).getResultStream().findFirst();
    }

    /** What a pass did: {@code {"turned": 2, "certificates": 1, "notified": 1}}. */
    public record Run(int turned, int certificates, int notified) {
    }
}

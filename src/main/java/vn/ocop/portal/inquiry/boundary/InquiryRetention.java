package vn.ocop.portal.inquiry.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.inquiry.entity.Inquiry;
import vn.ocop.portal.platform.boundary.PortalClock;

/**
 * Erases the buyer's personal data of every inquiry closed more than 12 months before today (the portal's clock).
 * Idempotent: an erased inquiry is never erased again. Not exposed to pages; the daily timer and the office's
 * endpoint call it.
 */
@Stateless
public class InquiryRetention {

    private static final Logger LOG = Logger.getLogger(InquiryRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public record Run(String cutoff, int erased) {
    }

    public Run run(String actor) {
        LocalDate today = LocalDate.now(clock.withZone(PortalClock.VIETNAM));
        var cutoff = Inquiry.erasureCutoff(today, PortalClock.VIETNAM);
        List<Long> due = em.createNamedQuery(Inquiry.FIND_DUE_FOR_ERASURE, Long.class).setParameter("cutoff", cutoff)
            .getResultList();
        for (Long id : due) {
            em.find(Inquiry.class, id).erase(clock.instant());
        }
        if (!due.isEmpty()) {
            audit.record(actor, "inquiry.erase", "inquiries closed before " + today.minusMonths(Inquiry.RETENTION_MONTHS),
                null, "erased=" + due.size() + "; ids=" + due);
        }
        LOG.info(() -> "Inquiry retention: " + due.size() + " erased, closed before " + cutoff);
        return new Run(today.minusMonths(Inquiry.RETENTION_MONTHS).toString(), due.size());
    }
}

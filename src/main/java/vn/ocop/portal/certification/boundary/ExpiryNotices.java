package vn.ocop.portal.certification.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.ocop.portal.certification.control.ExpiryNoticeMail;
import vn.ocop.portal.certification.control.ExpiryNoticeRule;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.ExpiryNotice;
import vn.ocop.portal.certification.entity.ExpiryThreshold;
import vn.ocop.portal.certification.entity.NoticeOutcome;
import vn.ocop.portal.producer.entity.Producer;

/**
 * The expiry-notice log, one short transaction per step: find the candidates, claim one notice (or note that its
 * producer has no address), then record how the mail went. Mails are sent between these transactions, by
 * {@link ExpiryNotifications}, so a slow or refusing mail server never holds a transaction open nor rolls back the
 * log of other notices.
 */
@Stateless
public class ExpiryNotices {

    private static final Logger LOG = Logger.getLogger(ExpiryNotices.class.getName());
    /** A notice left PENDING this long (its run died while sending) is tried again. */
    static final long PENDING_MINUTES = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The ids of the active certificates due a notice of this threshold today, soonest expiry first. */
    @PermitAll
    public List<Long> candidates(ExpiryThreshold threshold) {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(ExpiryNotice.FIND_CANDIDATES, Long.class)
            .setParameter("from", threshold.earliestExpiry(today)).setParameter("until", threshold.latestExpiry(today))
            .setParameter("days", threshold.getDays()).setParameter("pendingSince", pendingSince())
            .getResultList();
    }

    /**
     * Takes the certificate's notice for this run: the mail to send, or empty when there is none to send (already
     * sent, being sent elsewhere, no longer due, or no address, which the log then says). A second instance claiming
     * the same new notice at the same moment fails on the unique key and sends nothing.
     */
    @PermitAll
    public Optional<Claimed> claim(long certificateId, ExpiryThreshold threshold) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null) {
            return Optional.empty();
        }
        Optional<ExpiryNotice> existing = em.createNamedQuery(ExpiryNotice.FIND_BY_CERTIFICATE_AND_THRESHOLD, ExpiryNotice.class)
            .setParameter("certificate", certificate).setParameter("days", threshold.getDays()).getResultStream().findFirst();
        if (existing.isPresent() && !existing.get().isOpen(pendingSince())) {
            return Optional.empty();
        }
        // Still due? The certificate may have been suspended or re-dated since the candidates were read.
        ExpiryNoticeRule rule = new ExpiryNoticeRule(clock);
        if (rule.due(certificate.getState(), certificate.getExpiresOn(), Set.of()).filter(threshold::equals).isEmpty()) {
            return Optional.empty();
        }
        ExpiryNotice notice = existing.orElseGet(() -> new ExpiryNotice(certificate, threshold));
        Producer producer = certificate.getProduct().getProducer();
        Instant now = Instant.now();
        String email = producer.getEmail() == null ? "" : producer.getEmail().strip();
        if (email.isEmpty()) {
            notice.noAddress(now);
            LOG.info(() -> "No expiry notice for " + certificate.getNumber() + ": producer " + producer.getName()
                + " has no e-mail address");
        } else {
            notice.claim(email, now);
        }
        if (existing.isEmpty()) {
            em.persist(notice);
        }
        em.flush();
        if (email.isEmpty()) {
            return Optional.of(new Claimed(notice.getId(), certificate.getNumber(), threshold, null, null));
        }
        ExpiryNoticeMail mail = new ExpiryNoticeMail(certificate.getNumber(), certificate.getProduct().getName(),
            producer.getName(), certificate.getStars().getValue(), certificate.getExpiresOn(), rule.today(), threshold);
        return Optional.of(new Claimed(notice.getId(), certificate.getNumber(), threshold, email, mail));
    }

    @PermitAll
    public void sent(long noticeId) {
        em.find(ExpiryNotice.class, noticeId).sent(Instant.now());
    }

    @PermitAll
    public void failed(long noticeId, String reason) {
        em.find(ExpiryNotice.class, noticeId).failed(Instant.now(), reason);
    }

    /** The log, newest first, of every outcome or of one. */
    @RolesAllowed("ADMIN")
    public List<NoticeLogEntry> newest(NoticeOutcome outcome, int first, int max) {
        TypedQuery<ExpiryNotice> query = outcome == null
            ? em.createNamedQuery(ExpiryNotice.FIND_NEWEST, ExpiryNotice.class)
            : em.createNamedQuery(ExpiryNotice.FIND_NEWEST_WITH_OUTCOME, ExpiryNotice.class).setParameter("outcome", outcome);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, CertificateLists.MAX_PAGE)))
            .getResultStream().map(NoticeLogEntry::new).toList();
    }

    @RolesAllowed("ADMIN")
    public long count(NoticeOutcome outcome) {
        return outcome == null ? em.createNamedQuery(ExpiryNotice.COUNT_ALL, Long.class).getSingleResult()
            : em.createNamedQuery(ExpiryNotice.COUNT_WITH_OUTCOME, Long.class).setParameter("outcome", outcome).getSingleResult();
    }

    /** Every notice of one certificate, newest first. */
    @RolesAllowed("ADMIN")
    public List<NoticeLogEntry> ofCertificate(String number) {
        return em.createNamedQuery(ExpiryNotice.FIND_BY_CERTIFICATE_NUMBER, ExpiryNotice.class)
            .setParameter("number", number == null ? "" : number.strip()).getResultStream().map(NoticeLogEntry::new).toList();
    }

    private Instant pendingSince() {
        return Instant.now().minus(PENDING_MINUTES, ChronoUnit.MINUTES);
    }

    /** A notice this run has taken: the mail to send, or none when the producer has no address. */
    public record Claimed(long noticeId, String certificateNumber, ExpiryThreshold threshold, String recipient,
                          ExpiryNoticeMail mail) {
        public boolean hasAddress() {
            return recipient != null;
        }
    }
}

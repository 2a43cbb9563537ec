package vn.ocop.portal.logouse.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.certification.boundary.Certificates;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.LogoUseStatus;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** The office's logo-use records: record, correct, attach the approved artwork, record a use as stopped. */
@Stateless
@RolesAllowed("ADMIN")
public class LogoUses {

    public static final String ARTWORK_FOLDER = "logouse";

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    Images images;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public LogoUse record(@NotNull @Valid LogoUseForm form, byte[] artwork, String actor) {
        Certificate certificate = certificate(form.getCertificateNumber());
        if (!em.createNamedQuery(LogoUse.FIND_BY_CERTIFICATE_AND_FORM, LogoUse.class).setParameter("certificate", certificate)
            .setParameter("form", form.getForm()).getResultList().isEmpty()) {
            throw new Refused("logouse.error.duplicateForm", certificate.getNumber());
        }
        LogoUse use = new LogoUse(certificate, form.getForm(), Stars.of(form.getStars()), form.getValidFrom(),
            form.getValidUntil(), form.getNotes(), today());
        if (artwork != null) {
            use.approveArtwork(images.store(ARTWORK_FOLDER, artwork).name());
        }
        em.persist(use);
        em.flush();
        audit.record(actor, "logouse.record", subject(use), null, describe(use));
        return use;
    }

    public LogoUse change(long id, int version, @NotNull @Valid LogoUseForm form, byte[] artwork, String actor) {
        LogoUse use = find(id);
        if (use.getVersion() != version) {
            throw new ChangedMeanwhile("logo use " + id);
        }
        String before = describe(use);
        use.change(Stars.of(form.getStars()), form.getValidFrom(), form.getValidUntil(), form.getNotes(), today());
        if (artwork != null) {
            String old = use.getArtwork();
            use.approveArtwork(images.store(ARTWORK_FOLDER, artwork).name());
            if (old != null) {
                images.delete(old);
            }
        }
        audit.record(actor, "logouse.change", subject(use), before, describe(use));
        return use;
    }

    /** The office found the use stopped, or stops it itself: it leaves the inspection worklist. */
    public LogoUse stop(long id, String actor) {
        LogoUse use = find(id);
        String before = describe(use);
        if (use.markStopped(today())) {
            audit.record(actor, "logouse.stop", subject(use), before, describe(use));
        }
        return use;
    }

    public LogoUse find(long id) {
        List<LogoUse> found = em.createQuery(LogoUse.LISTED + "where u.id = :id", LogoUse.class)
            .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("No logo-use record " + id);
        }
        return found.get(0);
    }

    /** Newest first; an empty set of statuses means all. */
    public List<LogoUse> list(Set<LogoUseStatus> statuses, int first, int max) {
        var query = statuses.isEmpty() ? em.createNamedQuery(LogoUse.FIND_LISTED, LogoUse.class)
            : em.createNamedQuery(LogoUse.FIND_LISTED_WITH_STATUS, LogoUse.class).setParameter("statuses", statuses);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    public long count(Set<LogoUseStatus> statuses) {
        var query = statuses.isEmpty() ? em.createNamedQuery(LogoUse.COUNT_ALL, Long.class)
            : em.createNamedQuery(LogoUse.COUNT_WITH_STATUS, Long.class).setParameter("statuses", statuses);
        return query.getSingleResult();
    }

    private Certificate certificate(String number) {
        return certificates.certificate(number.strip())
            .orElseThrow(() -> new Refused("logouse.error.certificateUnknown", number.strip()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String subject(LogoUse use) {
        return "logo use " + use.getId();
    }

    static String describe(LogoUse use) {
        return "certificate=" + use.getCertificate().getNumber() + "; form=" + use.getForm() + "; stars="
            + use.getStars().getValue() + "; period=" + use.getValidFrom() + ".." + use.getValidUntil() + "; status="
            + use.getStatus() + "; artwork=" + use.getArtwork();
    }
}

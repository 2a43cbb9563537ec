package vn.ocop.portal.logouse.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.Inspection;
import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.Violation;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * The OCOP office's inspections of mark use: planning, findings with photos, violations and their follow-up. Every
 * write is one transaction with its audit entry; a photo stored for a write that rolls back is removed again.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Inspections {

    /** The Images folder of inspection photos. */
    public static final String PHOTOS = "inspections";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Images images;

    public Inspection plan(@Valid @NotNull InspectionPlan plan, String actor) {
        Certificate certificate = certificate(plan.getCertificateNumber());
        Producer producer;
        if (plan.getProducerId() != null) {
            producer = em.find(Producer.class, plan.getProducerId());
            if (producer == null) {
                throw new Refused("inspections.error.noProducer", plan.getProducerId());
            }
        } else if (certificate != null) {
            producer = certificate.getProduct().getProducer();
        } else {
            throw new Refused("inspections.error.producerRequired");
        }
        Inspection inspection = new Inspection(producer, certificate, plan.getPlace(), plan.getPlannedOn(),
            plan.getInspector(), actor, clock.instant());
        em.persist(inspection);
        em.flush();
        audit.record(actor, "inspection.plan", subject(inspection), null, describe(inspection));
        return inspection;
    }

    /** An inspection with its photos and violations loaded, for its page. */
    public Inspection inspection(long id) {
        Inspection inspection = em.find(Inspection.class, id);
        if (inspection == null) {
            throw new NotFound("No inspection " + id);
        }
        inspection.getPhotos().size();
        inspection.getViolations().forEach(v -> v.getProducer().getName());
        inspection.getProducer().getProvince().getName();
        return inspection;
    }

    public List<Inspection> newest(int first, int max) {
        return em.createNamedQuery(Inspection.FIND_NEWEST, Inspection.class).setFirstResult(first).setMaxResults(max)
            .getResultList();
    }

    public long count() {
        return em.createNamedQuery(Inspection.COUNT_ALL, Long.class).getSingleResult();
    }

    public Inspection recordFindings(long id, LocalDate on, String findings, String actor) {
        Inspection inspection = inspection(id);
        String before = describe(inspection);
        inspection.recordFindings(on, findings);
        audit.record(actor, "inspection.findings", subject(inspection), before, describe(inspection));
        return inspection;
    }

    /** A photo of the findings: checked, re-encoded and stored by Images; the row and the file commit together. */
    public String addPhoto(long id, byte[] content, String actor) {
        Inspection inspection = inspection(id);
        String name = images.store(PHOTOS, content).name();
        inspection.addPhoto(name);
        em.flush();
        audit.record(actor, "inspection.photo", subject(inspection), null, name);
        return name;
    }

    public Violation recordViolation(long id, @Valid @NotNull ViolationForm form, String actor) {
        Inspection inspection = inspection(id);
        Violation violation = inspection.found(form.getType(), form.getDescription(),
            certificate(form.getCertificateNumber()), logoUse(form.getLogoUseId()), form.getSanction(), form.getFoundOn(),
            form.getFollowUpOn());
        em.flush();
        audit.record(actor, "inspection.violation", subject(inspection), null, describe(violation));
        return violation;
    }

    public Violation followedUp(long violationId, String outcome, String actor) {
        Violation violation = em.find(Violation.class, violationId);
        if (violation == null) {
            throw new NotFound("No violation " + violationId);
        }
        String before = describe(violation);
        violation.followedUp(outcome);
        audit.record(actor, "inspection.followUp", subject(violation.getInspection()), before, describe(violation));
        return violation;
    }

    private LogoUse logoUse(Long id) {
        if (id == null) {
            return null;
        }
        LogoUse use = em.find(LogoUse.class, id);
        if (use == null) {
            throw new Refused("inspections.error.noLogoUse", id);
        }
        return use;
    }

    private Certificate certificate(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return em.createNamedQuery(Certificate.FIND_BY_NUMBER_IGNORING_CASE, Certificate.class)
            .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
            .orElseThrow(() -> new Refused("inspections.error.noCertificate", number.strip()));
    }

    static String subject(Inspection inspection) {
        return "inspection " + inspection.getId();
    }

    private static String describe(Inspection i) {
        return "producer=" + i.getProducer().getId() + ", certificate="
            + (i.getCertificate() == null ? "-" : i.getCertificate().getNumber()) + ", place=" + i.getPlace()
            + ", plannedOn=" + i.getPlannedOn() + ", inspector=" + i.getInspector() + ", status=" + i.getStatus()
            + (i.getFindings() == null ? "" : ", inspectedOn=" + i.getInspectedOn() + ", findings=" + i.getFindings());
    }

    private static String describe(Violation v) {
        return "type=" + v.getType() + ", certificate=" + (v.getCertificate() == null ? "-" : v.getCertificate().getNumber())
            + ", logoUse=" + (v.getLogoUseId() == null ? "-" : v.getLogoUseId()) + ", foundOn=" + v.getFoundOn()
            + ", sanction=" + (v.getSanction() == null ? "-" : v.getSanction()) + ", followUpOn="
            + (v.getFollowUpOn() == null ? "-" : v.getFollowUpOn()) + ", followedUp=" + v.isFollowedUp();
    }
}

package vn.ocop.portal.logouse.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.logouse.entity.Inspection;
import vn.ocop.portal.logouse.entity.MisuseReport;
import vn.ocop.portal.logouse.entity.ReportStatus;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.boundary.PublicForms;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/**
 * Reports of suspected misuse of the mark: anyone files one (behind the spam guard); the OCOP office alone reads them,
 * with the reporter's contact, triages them and turns them into inspections. A report and its photos commit together:
 * when anything is refused, no photo stays behind.
 */
@Stateless
@RolesAllowed("ADMIN")
public class MisuseReports {

    /** The PublicForms name of the form, shared by the page and the API. */
    public static final String FORM = "misuse-report";
    /** The Images folder of the public's photos. */
    public static final String PHOTOS = "misuse";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Images images;

    @Inject
    PublicForms forms;

    @Inject
    Inspections inspections;

    /** Files a report from {@code address}, refused by the spam guard first and then by any photo that is not one. */
    @PermitAll
    public MisuseReport file(@Valid @NotNull MisuseReportForm form, List<byte[]> photos, String address) {
        forms.admit(FORM, address, form.getWebsite());
        if (photos.size() > MisuseReport.MAX_PHOTOS) {
            throw new Refused("misuse.error.tooManyPhotos", MisuseReport.MAX_PHOTOS);
        }
        List<String> stored = new ArrayList<>(photos.size());
        for (byte[] photo : photos) {
            stored.add(images.store(PHOTOS, photo).name());
        }
        MisuseReport report = new MisuseReport(form.getProductOrBrand(), form.getWhereSeen(), form.getDescription(),
            form.getContact(), stored, clock.instant());
        em.persist(report);
        return report;
    }

    /** The inbox: the reports in one status (all when null), newest first. */
    public List<MisuseReport> inbox(ReportStatus status, int first, int max) {
        return (status == null ? em.createNamedQuery(MisuseReport.FIND_NEWEST, MisuseReport.class)
            : em.createNamedQuery(MisuseReport.FIND_BY_STATUS, MisuseReport.class).setParameter("status", status))
            .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(ReportStatus status) {
        return em.createNamedQuery(MisuseReport.COUNT_BY_STATUS, Long.class).setParameter("status", status)
            .getSingleResult();
    }

    public MisuseReport report(long id) {
        MisuseReport report = em.find(MisuseReport.class, id);
        if (report == null) {
            throw new NotFound("No misuse report " + id);
        }
        return report;
    }

    public MisuseReport investigate(long id, String actor) {
        MisuseReport report = report(id);
        ReportStatus before = report.getStatus();
        report.investigate();
        audit.record(actor, "misuse.investigate", subject(report), before.name(), report.getStatus().name());
        return report;
    }

    public MisuseReport close(long id, String outcome, String actor) {
        MisuseReport report = report(id);
        ReportStatus before = report.getStatus();
        report.close(outcome);
        audit.record(actor, "misuse.close", subject(report), before.name(),
            report.getStatus().name() + ": " + report.getOutcome());
        return report;
    }

    /** Plans an inspection that follows the report up; the report is then under investigation. */
    public Inspection inspect(long id, @Valid @NotNull InspectionPlan plan, String actor) {
        MisuseReport report = report(id);
        ReportStatus before = report.getStatus();
        Inspection inspection = inspections.plan(plan, actor);
        report.followUpBy(inspection);
        audit.record(actor, "misuse.inspect", subject(report), before.name(),
            report.getStatus().name() + ", " + Inspections.subject(inspection));
        return inspection;
    }

    private static String subject(MisuseReport report) {
        return "misuse report " + report.getId();
    }
}

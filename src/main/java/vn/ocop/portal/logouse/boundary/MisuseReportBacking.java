package vn.ocop.portal.logouse.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.logouse.entity.Inspection;
import vn.ocop.portal.logouse.entity.MisuseReport;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /admin/logo-use/report?id=N}: one report, with the reporter's contact; triage it or inspect. */
@Named
@ViewScoped
public class MisuseReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MisuseReports reports;

    @Inject
    transient Clock clock;

    @Inject @Param(name = "id") String id;

    private long reportId;
    private transient MisuseReport report;
    private String outcome;
    private final InspectionPlan plan = new InspectionPlan();

    @PostConstruct
    void load() {
        if (Pages.id(id).isEmpty()) {
            Pages.notFound();
            return;
        }
        reportId = Pages.id(id).getAsLong();
        try {
            report = reports.report(reportId);
        } catch (NotFound e) {
            reportId = 0;
            Pages.notFound();
            return;
        }
        plan.setPlace(report.getWhereSeen().length() > Inspection.PLACE_LENGTH ? null : report.getWhereSeen());
        plan.setPlannedOn(LocalDate.now(clock).plusDays(7));
    }

    public void investigate() {
        act(() -> reports.investigate(reportId, Faces.getRemoteUser()), "misuse.admin.investigating");
    }

    public void close() {
        act(() -> reports.close(reportId, outcome, Faces.getRemoteUser()), "misuse.admin.closed");
    }

    public void inspect() {
        try {
            Inspection inspection = reports.inspect(reportId, plan, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("inspections.admin.planned"));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/logo-use/inspection?id=" + inspection.getId());
        } catch (Refused refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString(done));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/logo-use/report?id=" + reportId);
        } catch (Refused refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public MisuseReport getReport() {
        if (report == null && reportId != 0) {
            report = reports.report(reportId);
        }
        return report;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public InspectionPlan getPlan() {
        return plan;
    }
}

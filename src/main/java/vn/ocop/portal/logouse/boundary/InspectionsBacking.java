package vn.ocop.portal.logouse.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.Inspection;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code /admin/logo-use/inspections[?page=N]}: the inspections, newest first, and planning a new one;
 * {@code ?certificate=NUMBER} or {@code ?producer=ID} prefills the plan (the worklist links so).
 */
@Named
@ViewScoped
public class InspectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Clock clock;

    @Inject @Param(name = "page") String page;
    @Inject @Param(name = "certificate") String certificate;
    @Inject @Param(name = "producer") String producer;

    private int pageNumber;
    private final InspectionPlan plan = new InspectionPlan();
    private transient List<Inspection> rows;

    @PostConstruct
    void load() {
        pageNumber = (int) Math.min(10_000, Math.max(1, Pages.id(page).orElse(1)));
        plan.setPlannedOn(LocalDate.now(clock).plusDays(7));
        if (certificate != null && !certificate.isBlank() && certificate.length() <= Certificate.NUMBER_LENGTH) {
            plan.setCertificateNumber(certificate.strip());
        }
        Pages.id(producer).ifPresent(plan::setProducerId);
    }

    public void plan() {
        try {
            Inspection inspection = inspections.plan(plan, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("inspections.admin.planned"));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/logo-use/inspection?id=" + inspection.getId());
        } catch (Refused refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public List<Inspection> getRows() {
        if (rows == null) {
            rows = inspections.newest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public boolean isMore() {
        return (long) pageNumber * PAGE_SIZE < inspections.count();
    }

    public int getPage() {
        return pageNumber;
    }

    public InspectionPlan getPlan() {
        return plan;
    }
}

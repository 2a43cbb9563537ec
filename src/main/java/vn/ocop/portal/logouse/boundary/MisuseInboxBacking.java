package vn.ocop.portal.logouse.boundary;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import vn.ocop.portal.logouse.entity.MisuseReport;
import vn.ocop.portal.logouse.entity.ReportStatus;
import vn.ocop.portal.platform.boundary.Pages;

/** {@code /admin/logo-use/reports[?status=NEW&page=2]}: the inbox of the public's misuse reports. */
@Named
@RequestScoped
public class MisuseInboxBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    MisuseReports reports;

    @Inject @Param(name = "status") String status;
    @Inject @Param(name = "page") String page;

    private ReportStatus shown;
    private int pageNumber;
    private List<MisuseReport> rows;

    @PostConstruct
    void load() {
        shown = status == null ? ReportStatus.NEW : java.util.Arrays.stream(ReportStatus.values())
            .filter(s -> s.name().equals(status)).findFirst().orElse(ReportStatus.NEW);
        pageNumber = (int) Math.min(10_000, Math.max(1, Pages.id(page).orElse(1)));
        rows = reports.inbox(shown, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public List<MisuseReport> getRows() {
        return rows;
    }

    public ReportStatus getShown() {
        return shown;
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public long count(ReportStatus status) {
        return reports.count(status);
    }

    public int getPage() {
        return pageNumber;
    }

    public boolean isMore() {
        return (long) pageNumber * PAGE_SIZE < reports.count(shown);
    }
}

package vn.ocop.portal.logouse.boundary;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.logouse.control.ViolationFigures;
import vn.ocop.portal.logouse.entity.Violation;
import vn.ocop.portal.logouse.entity.ViolationType;

/** {@code /admin/logo-use/dashboard}: the figures of mark use and violations, with the XLSX export. */
@Named
@RequestScoped
public class LogoUseDashboardBacking {

    private static final int FOLLOW_UPS = 100;

    @Inject
    LogoUseDashboard dashboard;

    private ViolationFigures figures;
    private List<Violation> followUps;
    private Map<String, Long> uses;

    @PostConstruct
    void load() {
        figures = dashboard.figures();
        followUps = dashboard.openFollowUps(FOLLOW_UPS);
        uses = dashboard.uses();
    }

    public ViolationFigures getFigures() {
        return figures;
    }

    public List<Map.Entry<ViolationType, Long>> getByType() {
        return List.copyOf(figures.getByType().entrySet());
    }

    public List<Violation> getFollowUps() {
        return followUps;
    }

    public List<Map.Entry<String, Long>> getUses() {
        return List.copyOf(uses.entrySet());
    }
}

package vn.ocop.portal.logouse.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.logouse.control.LogoUseDashboardExport;
import vn.ocop.portal.logouse.control.ViolationFigures;
import vn.ocop.portal.logouse.control.ViolationRow;
import vn.ocop.portal.logouse.entity.LogoUseStatus;
import vn.ocop.portal.logouse.entity.Violation;

/** What the OCOP office watches about the mark: uses, violations by type, province and month, open follow-ups. */
@Stateless
@RolesAllowed("ADMIN")
public class LogoUseDashboard {

    /** Months the dashboard counts back, this one included. */
    public static final int MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public ViolationFigures figures() {
        YearMonth now = YearMonth.now(clock);
        List<LocalDate> found = em.createNamedQuery(Violation.FIND_FOUND_SINCE, LocalDate.class)
            .setParameter("since", now.minusMonths(MONTHS - 1L).atDay(1)).getResultList();
        return new ViolationFigures(
            ViolationFigures.byType(em.createNamedQuery(Violation.COUNT_BY_TYPE, Object[].class).getResultList()),
            ViolationFigures.counts(em.createNamedQuery(Violation.COUNT_BY_PROVINCE, Object[].class).setMaxResults(40)
                .getResultList()),
            ViolationFigures.byMonth(found, now, MONTHS));
    }

    /** Violations whose follow-up is still to be checked, soonest first. */
    public List<Violation> openFollowUps(int max) {
        return em.createNamedQuery(Violation.FIND_OPEN_FOLLOW_UPS, Violation.class).setMaxResults(max).getResultList();
    }

    /** Logo-use records by state (ACTIVE, MUST_STOP, MUST_CHANGE_STARS, STOPPED), every state included. */
    public Map<String, Long> uses() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LogoUseStatus status : LogoUseStatus.values()) {
            counts.put(status.name(), 0L);
        }
        em.createQuery("select u.status, count(u) from LogoUse u group by u.status", Object[].class).getResultList()
            .forEach(row -> counts.put(((LogoUseStatus) row[0]).name(), ((Number) row[1]).longValue()));
        return counts;
    }

    public void writeXlsx(OutputStream out) throws IOException {
        List<ViolationRow> rows = em.createNamedQuery(Violation.FIND_ALL, Violation.class).getResultStream()
            .map(v -> new ViolationRow(v.getId(), v.getFoundOn(), v.getType().name(), v.getProducer().getName(),
                v.getProducer().getProvince().getName(), v.getCertificate() == null ? null : v.getCertificate().getNumber(),
                v.getLogoUseId(), v.getDescription(), v.getSanction(), v.getFollowUpOn(), v.isFollowedUp(),
                v.getInspection().getId()))
            .toList();
        LogoUseDashboardExport.writeXlsx(rows, figures(), uses(), out);
    }
}

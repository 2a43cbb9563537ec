package vn.ocop.portal.certification.boundary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.control.Tally;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.certification.entity.Stars;

/**
 * The dashboard's figures, each from one grouped query: certificates in force (valid or expiring today) by stars,
 * group and province; all certificates by status; and expiries per month for the next twelve months. Statuses
 * follow from today and the expiring window, so they are counted with date bounds, never by loading certificates.
 */
@Stateless
@RolesAllowed({"ADMIN", "COMMERCE"})
public class CertificateFigures {

    public static final int MONTHS_AHEAD = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validity validity;

    public LocalDate today() {
        return validity.today();
    }

    public Map<Integer, Long> inForceByStars() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int stars = Stars.MIN_CERTIFIED; stars <= 5; stars++) {
            counts.put(stars, 0L);
        }
        for (Object[] row : grouped(Certificate.COUNT_IN_FORCE_BY_STARS)) {
            counts.merge(((Stars) row[0]).getValue(), (Long) row[1], Long::sum);
        }
        return counts;
    }

    public Map<ProductGroup, Long> inForceByGroup() {
        Map<ProductGroup, Long> counts = new EnumMap<>(ProductGroup.class);
        for (ProductGroup group : ProductGroup.values()) {
            counts.put(group, 0L);
        }
        for (Object[] row : grouped(Certificate.COUNT_IN_FORCE_BY_GROUP)) {
            counts.put((ProductGroup) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Provinces with most certificates in force first. */
    public Map<String, Long> inForceByProvince() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : grouped(Certificate.COUNT_IN_FORCE_BY_PROVINCE)) {
            counts.merge((String) row[0], (Long) row[1], Long::sum);
        }
        return counts;
    }

    /** Every certificate that is not superseded, by what the public is told about it today. */
    public Map<CertificateStatus, Long> byStatus() {
        LocalDate today = validity.today();
        Map<CertificateStatus, Long> counts = new EnumMap<>(CertificateStatus.class);
        for (CertificateStatus status : List.of(CertificateStatus.VALID, CertificateStatus.EXPIRING,
            CertificateStatus.EXPIRED, CertificateStatus.SUSPENDED, CertificateStatus.REVOKED)) {
            counts.put(status, 0L);
        }
        long active = 0;
        for (Object[] row : em.createNamedQuery(Certificate.COUNT_BY_STATE, Object[].class).getResultList()) {
            CertificateState state = (CertificateState) row[0];
            long count = (Long) row[1];
            switch (state) {
                case ACTIVE -> active = count;
                case SUSPENDED -> counts.put(CertificateStatus.SUSPENDED, count);
                case REVOKED -> counts.put(CertificateStatus.REVOKED, count);
                case SUPERSEDED -> { /* history, not a status of the programme today */ }
            }
        }
        long expired = em.createNamedQuery(Certificate.COUNT_EXPIRED, Long.class).setParameter("today", today)
            .getSingleResult();
        long expiring = em.createNamedQuery(Certificate.COUNT_EXPIRING_BETWEEN, Long.class)
            .setParameter("from", today.plusDays(1)).setParameter("until", today.plusDays(validity.expiringWindowDays()))
            .getSingleResult();
        counts.put(CertificateStatus.EXPIRED, expired);
        counts.put(CertificateStatus.EXPIRING, expiring);
        counts.put(CertificateStatus.VALID, active - expired - expiring);
        return counts;
    }

    /** Active certificates expiring in each month from this one, twelve months in all (this month from tomorrow). */
    public List<Tally<YearMonth>> expiriesPerMonth() {
        LocalDate today = validity.today();
        YearMonth first = YearMonth.from(today);
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS_AHEAD; i++) {
            counts.put(first.plusMonths(i), 0L);
        }
        List<Object[]> days = em.createNamedQuery(Certificate.COUNT_ACTIVE_EXPIRING_BY_DAY, Object[].class)
            .setParameter("from", today.plusDays(1)).setParameter("until", first.plusMonths(MONTHS_AHEAD - 1L).atEndOfMonth())
            .getResultList();
        for (Object[] row : days) {
            counts.merge(YearMonth.from((LocalDate) row[0]), (Long) row[1], Long::sum);
        }
        List<Tally<YearMonth>> months = new ArrayList<>();
        counts.forEach((month, count) -> months.add(new Tally<>(month, count)));
        return months;
    }

    private List<Object[]> grouped(String query) {
        return em.createNamedQuery(query, Object[].class).setParameter("today", validity.today()).getResultList();
    }
}

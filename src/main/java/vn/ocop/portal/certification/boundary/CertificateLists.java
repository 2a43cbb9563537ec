package vn.ocop.portal.certification.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.ocop.portal.certification.control.CertificateListRow;
import vn.ocop.portal.certification.control.ExpiryListQuery;
import vn.ocop.portal.certification.entity.Certificate;

/**
 * The office's expiry lists, one page at a time: nothing here loads a whole table. Only active certificates are
 * listed; suspended, revoked and superseded ones have their own statuses.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CertificateLists {

    public static final int MAX_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validity validity;

    public List<CertificateListRow> page(ExpiryListQuery list, int first, int max) {
        TypedQuery<Certificate> query = bind(em.createNamedQuery(switch (list.kind()) {
            case EXPIRING -> Certificate.FIND_EXPIRING_BETWEEN;
            case EXPIRED -> Certificate.FIND_EXPIRED;
            case EXPIRED_BY_YEAR -> Certificate.FIND_EXPIRED_DECIDED_BETWEEN;
        }, Certificate.class), list);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
            .getResultStream().map(c -> CertificateListRow.of(c, validity.statusOf(c))).toList();
    }

    public long count(ExpiryListQuery list) {
        return bind(em.createNamedQuery(switch (list.kind()) {
            case EXPIRING -> Certificate.COUNT_EXPIRING_BETWEEN;
            case EXPIRED -> Certificate.COUNT_EXPIRED;
            case EXPIRED_BY_YEAR -> Certificate.COUNT_EXPIRED_DECIDED_BETWEEN;
        }, Long.class), list).getSingleResult();
    }

    /** The day the first certificate of a year's list expired: the "from" of "certificates of 2021 expired from". */
    public Optional<LocalDate> firstExpiry(ExpiryListQuery list) {
        if (list.kind() != ExpiryListQuery.Kind.EXPIRED_BY_YEAR) {
            return Optional.empty();
        }
        return Optional.ofNullable(bind(em.createNamedQuery(Certificate.FIRST_EXPIRY_DECIDED_BETWEEN, LocalDate.class), list)
            .getSingleResult());
    }

    public LocalDate today() {
        return validity.today();
    }

    public int expiringWindowDays() {
        return validity.expiringWindowDays();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, ExpiryListQuery list) {
        LocalDate today = validity.today();
        return switch (list.kind()) {
            case EXPIRING -> query.setParameter("from", today.plusDays(1)).setParameter("until", today.plusDays(list.days()));
            case EXPIRED -> query.setParameter("today", today);
            case EXPIRED_BY_YEAR -> query.setParameter("today", today)
                .setParameter("from", LocalDate.of(list.year(), 1, 1)).setParameter("until", LocalDate.of(list.year(), 12, 31));
        };
    }
}

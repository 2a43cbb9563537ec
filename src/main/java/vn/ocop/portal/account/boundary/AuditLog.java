package vn.ocop.portal.account.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.account.entity.AuditEntry;

/** The audit log: written in the transaction of each write it records, so that neither exists without the other. */
@Stateless
public class AuditLog {

    private static final int MAX_ENTRIES = 200;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String subject, String before, String after) {
        // The real time, even when OCOP_TODAY pins the portal's day for a demonstration.
        em.persist(new AuditEntry(Instant.now(), actor, action, subject, before, after));
    }

    /**
     * The entries whose subject, actor and action contain the given texts (any case; blank ones match all), newest
     * first, from {@code first}, at most {@code max}.
     */
    @RolesAllowed("ADMIN")
    public List<AuditEntry> search(AuditSearch search, int first, int max) {
        return search.apply(em.createQuery("select a from AuditEntry a where " + AuditSearch.WHERE
            + " order by a.recordedAt desc, a.id desc", AuditEntry.class)).setFirstResult(first).setMaxResults(max)
            .getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count(AuditSearch search) {
        return search.apply(em.createQuery("select count(a) from AuditEntry a where " + AuditSearch.WHERE, Long.class))
            .getSingleResult();
    }

    /** Newest first, for one subject (e.g. "certificate OCOP-HOAB-2024-0202") or, when it is blank, for all. */
    @RolesAllowed("ADMIN")
    public List<AuditEntry> newest(String subject) {
        return (subject == null || subject.isBlank()
            ? em.createNamedQuery(AuditEntry.FIND_NEWEST, AuditEntry.class)
            : em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class).setParameter("subject", subject.strip()))
            .setMaxResults(MAX_ENTRIES).getResultList();
    }
}

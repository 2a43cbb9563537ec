package vn.ocop.portal.certification.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/**
 * The office's register of certificates: finding and reading them (COMMERCE too, read-only), correcting their facts,
 * and recording re-evaluations by hand. Each write is one transaction with its audit entry and its search change.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CertificateRecords {

    private static final String FIND = " from Certificate c join c.product p where upper(c.number) like :number "
        + "or lower(p.name) like :name";

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    AuditLog audit;

    @Inject
    Validity validity;

    @Inject
    Event<ProductsChanged> productsChanged;

    @RolesAllowed({"ADMIN", "COMMERCE"})
    public CertificateRecord record(String number) {
        return record(certificate(number));
    }

    /** By number or product name, anywhere in them and ignoring case; newest first. */
    @RolesAllowed({"ADMIN", "COMMERCE"})
    public List<CertificateView> find(String text, int first, int size) {
        return em.createQuery("select c" + FIND.replace("join c.product p", "join fetch c.product p join fetch p.producer "
                + "join fetch c.decision d") + " order by c.id desc", Certificate.class)
            .setParameter("number", like(text).toUpperCase(Locale.ROOT)).setParameter("name", like(text))
            .setFirstResult(first).setMaxResults(size).getResultStream()
            .map(c -> new CertificateView(c, validity.statusOf(c))).toList();
    }

    @RolesAllowed({"ADMIN", "COMMERCE"})
    public long count(String text) {
        TypedQuery<Long> query = em.createQuery("select count(c)" + FIND, Long.class);
        return query.setParameter("number", like(text).toUpperCase(Locale.ROOT)).setParameter("name", like(text))
            .getSingleResult();
    }

    public CertificateRecord correct(String number, @NotNull @Valid CertificateCorrection correction, String actor) {
        Certificate certificate = certificate(number);
        String what = "certificate " + certificate.getNumber();
        ChangedMeanwhile.unlessVersion(what, correction.getVersion(), certificate.getVersion());
        Stars stars = Stars.certified(correction.getStars(), correction.getScore());
        String before = describe(certificate);
        if (certificate.correctFrom(certificate.getDecision(), stars, correction.getScore(),
            VietnameseText.clean(correction.getGroupLabel()), Decisions.groupOf(correction.getGroupLabel()))) {
            Product product = certificate.getProduct();
            if (product.getCurrentCertificate() == certificate) {
                product.adopt(certificate);
            }
            ChangedMeanwhile.flush(em, what);
            audit.record(actor, "certificate.correct", what, before, describe(certificate));
            productsChanged.fire(new ProductsChanged(Set.of(product.getId())));
        }
        return record(certificate);
    }

    /**
     * A new certificate replaces the product's current one, which stays in its history as superseded (or as revoked,
     * suspended until replaced, if it was).
     */
    public CertificateRecord reevaluate(String number, @NotNull @Valid Reevaluation reevaluation, String actor) {
        Certificate current = certificate(number);
        String newNumber = reevaluation.getNumber().strip();
        if (numbered(em, newNumber) != null) {
            throw new Refused("admin.certificates.refused.duplicate", newNumber);
        }
        Stars stars = Stars.certified(reevaluation.getStars(), reevaluation.getScore());
        String label = reevaluation.getGroupLabel() == null || reevaluation.getGroupLabel().isBlank()
            ? current.getGroupLabel() : VietnameseText.clean(reevaluation.getGroupLabel());
        EvaluationDecision decision = decisionOf(reevaluation, actor);
        Product product = current.getProduct();
        String before = describe(current);
        Certificate next = new Certificate(newNumber, product, decision, stars, reevaluation.getScore(), label,
            Decisions.groupOf(label));
        product.reevaluate(current, next);
        em.persist(next);
        em.flush();
        audit.record(actor, "certificate.reevaluate", "certificate " + current.getNumber(), before,
            describe(current) + "; replacedBy=" + next.getNumber());
        audit.record(actor, "certificate.create", "certificate " + next.getNumber(), null,
            describe(next) + "; replaces=" + current.getNumber());
        productsChanged.fire(new ProductsChanged(Set.of(product.getId())));
        return record(next);
    }

    private EvaluationDecision decisionOf(Reevaluation r, String actor) {
        if (r.getDecisionId() != null) {
            EvaluationDecision decision = em.find(EvaluationDecision.class, r.getDecisionId());
            if (decision == null) {
                throw new Refused("admin.reevaluation.refused.noDecision", String.valueOf(r.getDecisionId()));
            }
            return decision;
        }
        if (r.getDecisionNumber() == null || r.getDecisionNumber().isBlank() || r.getDecisionDate() == null
            || r.getIssuingLevel() == null || r.getIssuingAuthority() == null || r.getIssuingAuthority().isBlank()) {
            throw new Refused("admin.reevaluation.refused.decision");
        }
        String number = VietnameseText.clean(r.getDecisionNumber());
        String authority = VietnameseText.clean(r.getIssuingAuthority());
        EvaluationDecision known = em.createNamedQuery(EvaluationDecision.FIND_BY_IDENTITY, EvaluationDecision.class)
            .setParameter("number", number).setParameter("date", r.getDecisionDate()).setParameter("authority", authority)
            .getResultStream().findFirst().orElse(null);
        if (known != null) {
            return known;
        }
        EvaluationDecision created = new EvaluationDecision(number, r.getDecisionDate(), r.getIssuingLevel(), authority,
            r.getRound());
        em.persist(created);
        audit.record(actor, "decision.create", "decision " + created.getId(), null, Decisions.describe(created));
        return created;
    }

    private Certificate certificate(String number) {
        return certificates.certificate(number).orElseThrow(() -> new NotFound("No certificate numbered " + number));
    }

    private CertificateRecord record(Certificate certificate) {
        List<CertificateView> history = em.createNamedQuery(Certificate.FIND_HISTORY, Certificate.class)
            .setParameter("product", certificate.getProduct()).getResultStream()
            .map(c -> new CertificateView(c, validity.statusOf(c))).toList();
        return new CertificateRecord(certificate, validity.statusOf(certificate), history);
    }

    /** A certificate with this number, whatever the case of its letters (as the public looks numbers up), or null. */
    static Certificate numbered(EntityManager em, String number) {
        return em.createNamedQuery(Certificate.FIND_BY_NUMBER_IGNORING_CASE, Certificate.class)
            .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).setMaxResults(1).getResultStream()
            .findFirst().orElse(null);
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? "%" : Decisions.like(text);
    }

    static String describe(Certificate c) {
        return "number=" + c.getNumber() + "; product=" + c.getProduct().getName() + "; decision="
            + c.getDecision().getNumber() + " " + c.getDecision().getDecisionDate() + "; stars=" + c.getStars().getValue()
            + "; score=" + c.getScore() + "; groupLabel=" + c.getGroupLabel() + "; state=" + c.getState();
    }
}

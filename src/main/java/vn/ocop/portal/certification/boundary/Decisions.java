package vn.ocop.portal.certification.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.catalogue.entity.UnitLevel;
import vn.ocop.portal.certification.control.CertificateListRow;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * The office's recognising decisions, entered by hand with their certificates. One decision and all its certificates
 * (and the products and producers they bring) are one transaction: a single refused row writes nothing.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Decisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Validity validity;

    @Inject
    Event<ProductsChanged> productsChanged;

    public DecisionView create(@NotNull @Valid DecisionForm form, String actor) {
        String number = VietnameseText.clean(form.getNumber());
        String authority = VietnameseText.clean(form.getAuthority());
        if (identified(number, form.getDate(), authority) != null) {
            throw new Refused("admin.decisions.refused.exists", number, form.getDate().toString(), authority);
        }
        List<CertificateRow> rows = form.getCertificates();
        Map<Integer, Refused> refused = new TreeMap<>();
        List<Product> products = new ArrayList<>();
        Run run = new Run();
        for (int i = 0; i < rows.size(); i++) {
            try {
                products.add(run.check(rows.get(i)));
            } catch (Refused refusal) {
                refused.put(i, refusal);
                products.add(null);
            }
        }
        if (!refused.isEmpty()) {
            throw new CertificatesRefused(refused);
        }
        EvaluationDecision decision = new EvaluationDecision(number, form.getDate(), form.getLevel(), authority,
            form.getRound());
        em.persist(decision);
        // Products (new ones included) before certificates: each points at the other, see CertifiedProductImports.
        em.flush();
        Set<Long> changed = new LinkedHashSet<>();
        List<Certificate> certificates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CertificateRow row = rows.get(i);
            Product product = products.get(i);
            Certificate certificate = new Certificate(row.getNumber().strip(), product, decision,
                Stars.certified(row.getStars(), row.getScore()), row.getScore(), VietnameseText.clean(row.getGroupLabel()),
                groupOf(row.getGroupLabel()));
            em.persist(certificate);
            product.adopt(certificate);
            certificates.add(certificate);
            changed.add(product.getId());
            audit.record(actor, "certificate.create", "certificate " + certificate.getNumber(), null,
                CertificateRecords.describe(certificate));
        }
        em.flush();
        audit.record(actor, "decision.create", subject(decision), null, describe(decision) + "; certificates="
            + certificates.stream().map(Certificate::getNumber).collect(Collectors.joining(",")));
        productsChanged.fire(new ProductsChanged(changed));
        return view(decision, certificates);
    }

    @RolesAllowed({"ADMIN", "COMMERCE"})
    public DecisionView decision(long id) {
        EvaluationDecision decision = em.find(EvaluationDecision.class, id);
        if (decision == null) {
            throw new NotFound("No decision with id " + id);
        }
        return view(decision, em.createQuery("select c from Certificate c join fetch c.product p join fetch p.producer "
            + "where c.decision = :decision order by c.number", Certificate.class)
            .setParameter("decision", decision).getResultList());
    }

    /** The decision's certificates as the rows of a published list (the XLSX of an announcement), in number order. */
    @RolesAllowed({"ADMIN", "COMMERCE"})
    public List<CertificateListRow> rows(long id) {
        EvaluationDecision decision = em.find(EvaluationDecision.class, id);
        if (decision == null) {
            throw new NotFound("No decision with id " + id);
        }
        return em.createQuery("select c from Certificate c join fetch c.product p join fetch p.producer "
            + "where c.decision = :decision order by c.number", Certificate.class)
            .setParameter("decision", decision).getResultStream()
            .map(c -> CertificateListRow.of(c, validity.statusOf(c))).toList();
    }

    /** Newest first; number and authority match anywhere, ignoring case; year is the decision's. */
    @RolesAllowed({"ADMIN", "COMMERCE"})
    public List<DecisionSummary> find(String number, String authority, Integer year, int first, int size) {
        List<EvaluationDecision> found = filtered("select d", number, authority, year, " order by d.decisionDate desc, d.id desc",
            EvaluationDecision.class).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select c.decision.id, count(c) from Certificate c where c.decision in :decisions "
                    + "group by c.decision.id", Object[].class)
                .setParameter("decisions", found).getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return found.stream().map(d -> new DecisionSummary(d, counts.getOrDefault(d.getId(), 0L))).toList();
    }

    @RolesAllowed({"ADMIN", "COMMERCE"})
    public long count(String number, String authority, Integer year) {
        return filtered("select count(d)", number, authority, year, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String number, String authority, Integer year, String order,
                                       Class<T> type) {
        StringBuilder where = new StringBuilder(" from EvaluationDecision d where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (number != null && !number.isBlank()) {
            where.append(" and lower(d.number) like :number");
            parameters.put("number", like(number));
        }
        if (authority != null && !authority.isBlank()) {
            where.append(" and lower(d.issuingAuthority) like :authority");
            parameters.put("authority", like(authority));
        }
        if (year != null) {
            where.append(" and d.decisionDate >= :from and d.decisionDate < :to");
            parameters.put("from", LocalDate.of(year, 1, 1));
            parameters.put("to", LocalDate.of(year + 1, 1, 1));
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    static String like(String text) {
        String escaped = VietnameseText.clean(text).toLowerCase(VietnameseText.VIETNAMESE)
            .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    EvaluationDecision identified(String number, LocalDate date, String authority) {
        return em.createNamedQuery(EvaluationDecision.FIND_BY_IDENTITY, EvaluationDecision.class)
            .setParameter("number", number).setParameter("date", date).setParameter("authority", authority)
            .getResultStream().findFirst().orElse(null);
    }

    private DecisionView view(EvaluationDecision decision, List<Certificate> certificates) {
        return new DecisionView(decision, certificates.stream()
            .map(c -> new CertificateView(c, validity.statusOf(c))).toList());
    }

    static ProductGroup groupOf(String label) {
        return ProductGroup.fromLabelOrCode(label)
            .orElseThrow(() -> new Refused("admin.certificates.refused.group", label == null ? "" : label.strip()));
    }

    static String subject(EvaluationDecision decision) {
        return "decision " + decision.getId();
    }

    static String describe(EvaluationDecision d) {
        return "number=" + d.getNumber() + "; date=" + d.getDecisionDate() + "; level=" + d.getIssuingLevel()
            + "; authority=" + d.getIssuingAuthority() + "; round=" + d.getRound();
    }

    /**
     * Checks the rows of one decision and finds or creates their products. Names typed twice in one form are the same
     * new producer or product.
     */
    private final class Run {
        private final Set<String> numbers = new HashSet<>();
        private final Map<String, AdministrativeUnit> provinces = new HashMap<>();
        private final Map<String, Producer> producers = new HashMap<>();
        private final Map<String, Product> products = new HashMap<>();

        Product check(CertificateRow row) {
            String number = row.getNumber().strip();
            if (!numbers.add(number.toUpperCase(Locale.ROOT))) {
                throw new Refused("admin.decisions.refused.twice", number);
            }
            if (CertificateRecords.numbered(em, number) != null) {
                throw new Refused("admin.certificates.refused.duplicate", number);
            }
            Stars.certified(row.getStars(), row.getScore());
            groupOf(row.getGroupLabel());
            if (row.getProductId() != null) {
                Product product = em.find(Product.class, row.getProductId());
                if (product == null) {
                    throw new Refused("admin.decisions.refused.noProduct", String.valueOf(row.getProductId()));
                }
                return product;
            }
            if (row.getProductName() == null || row.getProductName().isBlank()) {
                throw new Refused("admin.decisions.refused.productName");
            }
            Producer producer = producer(row);
            String name = VietnameseText.clean(row.getProductName());
            return products.computeIfAbsent(producer.getId() + "\n" + producer.getName() + "\n" + name, key -> {
                Product known = producer.getId() == null ? null
                    : em.createNamedQuery(Product.FIND_BY_PRODUCER_AND_NAME, Product.class).setParameter("producer", producer)
                        .setParameter("name", name).getResultStream().findFirst().orElse(null);
                if (known != null) {
                    return known;
                }
                Product created = new Product(name, groupOf(row.getGroupLabel()), producer, producer.getProvince());
                em.persist(created);
                return created;
            });
        }

        private Producer producer(CertificateRow row) {
            if (row.getProducerId() != null) {
                Producer producer = em.find(Producer.class, row.getProducerId());
                if (producer == null) {
                    throw new Refused("admin.decisions.refused.noProducer", String.valueOf(row.getProducerId()));
                }
                return producer;
            }
            if (row.getProducerName() == null || row.getProducerName().isBlank()) {
                throw new Refused("admin.decisions.refused.producerName");
            }
            if (row.getProvince() == null || row.getProvince().isBlank()) {
                throw new Refused("admin.decisions.refused.province");
            }
            AdministrativeUnit province = province(row.getProvince());
            String name = VietnameseText.clean(row.getProducerName());
            Producer producer = producers.get(province.getUnitKey() + "\n" + name);
            if (producer == null && province.getId() != null) {
                producer = em.createNamedQuery(Producer.FIND_BY_NAME_AND_PROVINCE, Producer.class)
                    .setParameter("name", name).setParameter("province", province).getResultStream().findFirst().orElse(null);
            }
            if (producer == null) {
                if (row.getProducerType() == null) {
                    throw new Refused("admin.decisions.refused.producerType", name);
                }
                producer = new Producer(name, row.getProducerType(), province);
                em.persist(producer);
            }
            producers.put(province.getUnitKey() + "\n" + name, producer);
            return producer;
        }

        private AdministrativeUnit province(String name) {
            return provinces.computeIfAbsent(VietnameseText.fold(name), folded -> em
                .createNamedQuery(AdministrativeUnit.FIND_PROVINCE_BY_FOLDED_NAME, AdministrativeUnit.class)
                .setParameter("name", folded).getResultStream().findFirst().orElseGet(() -> {
                    AdministrativeUnit created = new AdministrativeUnit(UnitLevel.PROVINCE, name, null,
                        AdministrativeUnit.keyOf(name, null, null));
                    em.persist(created);
                    return created;
                }));
        }
    }
}

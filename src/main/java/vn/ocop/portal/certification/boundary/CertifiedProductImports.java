package vn.ocop.portal.certification.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.text.MessageFormat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.catalogue.entity.UnitLevel;
import vn.ocop.portal.certification.control.CertifiedProductListParser;
import vn.ocop.portal.certification.control.ListRow;
import vn.ocop.portal.certification.control.ParsedList;
import vn.ocop.portal.certification.control.RowRejection;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.ImportReport;
import vn.ocop.portal.producer.entity.Producer;

/**
 * Imports certified-product lists. One call is one transaction: every row of the file and its report commit together
 * or not at all, so a crash half-way leaves the database as it was. Importing the same file again changes nothing.
 */
@Stateless
public class CertifiedProductImports {

    private static final int IN_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ProductsChanged> productsChanged;

    @RolesAllowed("ADMIN")
    public ImportReport importList(byte[] content, String sourceName, String importedBy, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        ParsedList list = new CertifiedProductListParser(today, locale).parse(content);
        ImportReport report = new ImportReport(clock.instant(), importedBy, sourceName);
        List<RowRejection> rejected = new ArrayList<>(list.rejected());
        Run run = new Run(list.rows(), locale);
        run.apply(report, rejected);
        report.close(rejected, list.warnings());
        em.persist(report);
        if (!run.changed.isEmpty()) {
            productsChanged.fire(new ProductsChanged(run.changed));
        }
        return report;
    }

    /**
     * The state of one import. Everything the file can refer to is loaded up front, a few hundred keys per query, so
     * that applying 20,000 rows runs no query per row (and, with flushing deferred to commit, no flush per row).
     */
    private final class Run {
        private final List<ListRow> rows;
        private final ResourceBundle messages;
        private final Map<String, AdministrativeUnit> units;
        private final Map<String, Producer> producers;
        private final Map<String, EvaluationDecision> decisions;
        private final Map<Producer, Map<String, Product>> products = new IdentityHashMap<>();
        private final Map<String, Certificate> certificates;
        /** Ids of the products whose page or search entry this import changes. */
        private final Set<Long> changed = new LinkedHashSet<>();

        Run(List<ListRow> rows, Locale locale) {
            this.rows = rows;
            this.messages = ResourceBundle.getBundle("vn.ocop.portal.certification.ImportMessages", locale);
            em.setFlushMode(FlushModeType.COMMIT);
            this.units = loadIn("select u from AdministrativeUnit u where u.unitKey in :keys",
                rows.stream().flatMap(r -> Stream.of(AdministrativeUnit.keyOf(r.province(), null, null),
                    r.district() == null ? null : AdministrativeUnit.keyOf(r.province(), r.district(), null),
                    r.commune() == null ? null : AdministrativeUnit.keyOf(r.province(), r.district(), r.commune())))
                    .filter(Objects::nonNull),
                AdministrativeUnit.class, AdministrativeUnit::getUnitKey);
            this.producers = loadIn("select p from Producer p join fetch p.province where p.name in :keys",
                rows.stream().map(ListRow::producerName), Producer.class, Run::producerKey);
            this.decisions = loadIn("select d from EvaluationDecision d where d.number in :keys",
                rows.stream().map(ListRow::decisionNumber), EvaluationDecision.class, Run::decisionKey);
            this.certificates = loadIn("select c from Certificate c join fetch c.product join fetch c.decision "
                + "where c.number in :keys", rows.stream().map(ListRow::certificateNumber), Certificate.class,
                Certificate::getNumber);
            List<Long> producerIds = producers.values().stream().map(Producer::getId).toList();
            for (int from = 0; from < producerIds.size(); from += IN_CHUNK) {
                em.createQuery("select p from Product p left join fetch p.currentCertificate where p.producer.id in :ids",
                        Product.class)
                    .setParameter("ids", producerIds.subList(from, Math.min(producerIds.size(), from + IN_CHUNK)))
                    .getResultStream()
                    .forEach(p -> products.computeIfAbsent(p.getProducer(), k -> new HashMap<>()).put(p.getName(), p));
            }
        }

        void apply(ImportReport report, List<RowRejection> rejected) {
            // Products first, flushed, then certificates: a product points at its current certificate and a
            // certificate at its product, and neither foreign key may be inserted before the row it names exists.
            List<Product> productOfRow = new ArrayList<>(rows.size());
            List<AdministrativeUnit[]> placeOfRow = new ArrayList<>(rows.size());
            for (ListRow row : rows) {
                Certificate existing = certificates.get(row.certificateNumber());
                if (existing != null && !isProductOf(existing, row)) {
                    Product other = existing.getProduct();
                    rejected.add(new RowRejection(row.line(), MessageFormat.format(messages.getString("row.otherProduct"),
                        row.certificateNumber(), other.getName(), other.getProducer().getName())));
                    productOfRow.add(null);
                    placeOfRow.add(null);
                    continue;
                }
                AdministrativeUnit province = unit(UnitLevel.PROVINCE, row.province(), null, null);
                AdministrativeUnit district = row.district() == null ? null
                    : unit(UnitLevel.DISTRICT, row.province(), row.district(), null);
                AdministrativeUnit commune = row.commune() == null ? null
                    : unit(UnitLevel.COMMUNE, row.province(), row.district(), row.commune());
                Producer producer = producer(row, province, district, commune);
                productOfRow.add(product(row, producer, province));
                placeOfRow.add(new AdministrativeUnit[] {district, commune});
            }
            em.flush();
            for (int i = 0; i < rows.size(); i++) {
                ListRow row = rows.get(i);
                Product product = productOfRow.get(i);
                if (product == null) {
                    continue;
                }
                AdministrativeUnit district = placeOfRow.get(i)[0];
                AdministrativeUnit commune = placeOfRow.get(i)[1];
                Certificate existing = certificates.get(row.certificateNumber());
                EvaluationDecision decision = decision(row);
                if (existing == null) {
                    Certificate certificate = new Certificate(row.certificateNumber(), product, decision, row.stars(),
                        row.score(), row.groupLabel(), row.group());
                    em.persist(certificate);
                    certificates.put(certificate.getNumber(), certificate);
                    product.adopt(certificate);
                    describeIfCurrent(product, certificate, row, district, commune);
                    changed.add(product.getId());
                    report.countImported();
                    continue;
                }
                boolean corrected = existing.correctFrom(decision, row.stars(), row.score(), row.groupLabel(), row.group());
                if (corrected) {
                    product.adopt(existing);
                }
                if (describeIfCurrent(product, existing, row, district, commune) | corrected) {
                    changed.add(product.getId());
                    report.countUpdated();
                } else {
                    report.countUnchanged();
                }
            }
        }

        /** A list may correct a certificate, but not move it to another product. */
        private boolean isProductOf(Certificate certificate, ListRow row) {
            Product product = certificate.getProduct();
            return product.getName().equals(VietnameseText.clean(row.productName()))
                && product.getProducer().getName().equals(VietnameseText.clean(row.producerName()))
                && product.getProducer().getProvince().getUnitKey().equals(AdministrativeUnit.keyOf(row.province(), null, null));
        }

        /** Only the row of the current certificate describes the product, so history rows cannot undo it. */
        private boolean describeIfCurrent(Product product, Certificate certificate, ListRow row,
                                          AdministrativeUnit district, AdministrativeUnit commune) {
            return product.getCurrentCertificate() == certificate
                && product.describe(district, commune, row.priceVnd(), row.description());
        }

        private AdministrativeUnit unit(UnitLevel level, String province, String district, String commune) {
            String key = switch (level) {
                case PROVINCE -> AdministrativeUnit.keyOf(province, null, null);
                case DISTRICT -> AdministrativeUnit.keyOf(province, district, null);
                case COMMUNE -> AdministrativeUnit.keyOf(province, district, commune);
            };
            AdministrativeUnit known = units.get(key);
            if (known != null) {
                return known;
            }
            AdministrativeUnit parent = switch (level) {
                case PROVINCE -> null;
                case DISTRICT -> unit(UnitLevel.PROVINCE, province, null, null);
                case COMMUNE -> district == null ? unit(UnitLevel.PROVINCE, province, null, null)
                    : unit(UnitLevel.DISTRICT, province, district, null);
            };
            String name = switch (level) {
                case PROVINCE -> province;
                case DISTRICT -> district;
                case COMMUNE -> commune;
            };
            AdministrativeUnit created = new AdministrativeUnit(level, name, parent, key);
            em.persist(created);
            units.put(key, created);
            return created;
        }

        /** A producer is placed by the first decision that names it; later lists do not move it about. */
        private Producer producer(ListRow row, AdministrativeUnit province, AdministrativeUnit district,
                                  AdministrativeUnit commune) {
            return producers.computeIfAbsent(province.getUnitKey() + "\n" + VietnameseText.clean(row.producerName()), k -> {
                Producer created = new Producer(row.producerName(), row.producerType(), province);
                created.placeAt(district, commune);
                em.persist(created);
                return created;
            });
        }

        private Product product(ListRow row, Producer producer, AdministrativeUnit province) {
            return products.computeIfAbsent(producer, k -> new HashMap<>())
                .computeIfAbsent(VietnameseText.clean(row.productName()), name -> {
                    Product created = new Product(row.productName(), row.group(), producer, province);
                    em.persist(created);
                    return created;
                });
        }

        private EvaluationDecision decision(ListRow row) {
            String key = VietnameseText.clean(row.decisionNumber()) + "\n" + row.decisionDate() + "\n"
                + VietnameseText.clean(row.issuingAuthority());
            return decisions.computeIfAbsent(key, k -> {
                EvaluationDecision created = new EvaluationDecision(row.decisionNumber(), row.decisionDate(),
                    row.issuingLevel(), row.issuingAuthority());
                em.persist(created);
                return created;
            });
        }

        private static String producerKey(Producer p) {
            return p.getProvince().getUnitKey() + "\n" + p.getName();
        }

        private static String decisionKey(EvaluationDecision d) {
            return d.getNumber() + "\n" + d.getDecisionDate() + "\n" + d.getIssuingAuthority();
        }

        /** Runs {@code jpql} (with a {@code :keys} parameter) over the distinct keys, a few hundred per query. */
        private <T> Map<String, T> loadIn(String jpql, Stream<String> keys, Class<T> type, Function<T, String> keyOf) {
            List<String> distinct = keys.map(VietnameseText::clean).distinct().toList();
            Map<String, T> found = new HashMap<>();
            for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
                em.createQuery(jpql, type)
                    .setParameter("keys", distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK)))
                    .getResultStream()
                    .forEach(entity -> found.put(keyOf.apply(entity), entity));
            }
            return found;
        }
    }
}

package vn.ocop.portal.certification.boundary;

import java.sql.SQLIntegrityConstraintViolationException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.account.boundary.AuditLog;
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
import vn.ocop.portal.certification.entity.FieldChange;
import vn.ocop.portal.certification.entity.ImportAction;
import vn.ocop.portal.certification.entity.ImportPreview;
import vn.ocop.portal.certification.entity.ImportReport;
import vn.ocop.portal.certification.entity.PlannedRow;
import vn.ocop.portal.certification.entity.PreviewOutdated;
import vn.ocop.portal.producer.entity.Producer;

/**
 * Imports certified-product lists. One call is one transaction: every row of the file and its report commit together
 * or not at all, so a crash half-way leaves the database as it was. Importing the same file again changes nothing.
 * A preview is the same import run in a transaction that is rolled back; a confirmation runs it again, writing, and
 * commits only when it planned exactly what the preview showed.
 */
@Stateless
public class CertifiedProductImports {

    private static final int IN_CHUNK = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int AUDIT_SUBJECT_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<ProductsChanged> productsChanged;

    /** Imports at once: the API's import and the demo data (which runs as ADMIN). */
    @RolesAllowed("ADMIN")
    public ImportReport importList(byte[] content, String sourceName, String importedBy, Locale locale) {
        Run run = run(content, sourceName, importedBy, locale, true);
        return commit(run, importedBy);
    }

    /** What importing the list would do; nothing is written. */
    @RolesAllowed("ADMIN")
    public ImportPreview preview(byte[] content, Locale locale) {
        Run run = run(content, "preview", "preview", locale, false);
        context.setRollbackOnly();
        return run.preview();
    }

    /**
     * Imports the list as previewed. When the database changed meanwhile so that the import would now do something
     * else, nothing is written and {@link PreviewOutdated} carries the fresh preview.
     */
    @RolesAllowed("ADMIN")
    public ImportReport confirm(byte[] content, String sourceName, String fingerprint, String importedBy, Locale locale) {
        Run run = run(content, sourceName, importedBy, locale, true);
        ImportPreview now = run.preview();
        if (!now.getFingerprint().equals(fingerprint)) {
            throw new PreviewOutdated(now);
        }
        return commit(run, importedBy);
    }

    private Run run(byte[] content, String sourceName, String importedBy, Locale locale, boolean writing) {
        ParsedList list = new CertifiedProductListParser(LocalDate.now(clock), locale).parse(content);
        Run run = new Run(list, new ImportReport(clock.instant(), importedBy, sourceName), locale);
        run.apply(writing);
        return run;
    }

    private ImportReport commit(Run run, String actor) {
        ImportReport report = run.report;
        em.persist(report);
        for (PlannedRow row : run.planned) {
            if (row.getAction() == ImportAction.UPDATE) {
                audit.record(actor, "certificate.import.update", "certificate " + row.getCertificateNumber(),
                    row.getChanges().stream().map(c -> c.getField() + "=" + c.getBefore()).collect(Collectors.joining("; ")),
                    row.getChanges().stream().map(c -> c.getField() + "=" + c.getAfter()).collect(Collectors.joining("; ")));
            }
        }
        String subject = "import " + report.getSourceName();
        audit.record(actor, "certificate.import", subject.substring(0, Math.min(subject.length(), AUDIT_SUBJECT_LENGTH)),
            null, "imported=" + report.getImported() + "; updated=" + report.getUpdated() + "; unchanged="
                + report.getUnchanged() + "; rejected=" + report.getRejected().size());
        flushUnlessChangedMeanwhile();
        if (!run.changed.isEmpty()) {
            productsChanged.fire(new ProductsChanged(run.changed));
        }
        return report;
    }

    /**
     * Writes now, so that what another transaction committed after this import read the database (the same new
     * certificate number, an edit of a certificate this import corrects) refuses the import here, as outdated, and
     * does not fail the commit.
     */
    private void flushUnlessChangedMeanwhile() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException || cause instanceof SQLIntegrityConstraintViolationException) {
                    throw new PreviewOutdated(null);
                }
            }
            throw e;
        }
    }

    /**
     * The state of one import. Everything the file can refer to is loaded up front, a few hundred keys per query, so
     * that applying 20,000 rows runs no query per row (and, with flushing deferred to commit, no flush per row).
     */
    private final class Run {
        private final List<ListRow> rows;
        private final ImportReport report;
        private final List<RowRejection> rejected;
        private final List<String> warnings;
        private final ResourceBundle messages;
        private final Map<String, AdministrativeUnit> units;
        private final Map<String, Producer> producers;
        private final Map<String, EvaluationDecision> decisions;
        private final Map<Producer, Map<String, Product>> products = new IdentityHashMap<>();
        private final Map<String, Certificate> certificates;
        /** Ids of the products whose page or search entry this import changes. */
        private final Set<Long> changed = new LinkedHashSet<>();
        /** What happens to each valid row, in the file's order. */
        private final List<PlannedRow> planned = new ArrayList<>();
        private final Set<Product> createdProducts = Collections.newSetFromMap(new IdentityHashMap<>());

        Run(ParsedList list, ImportReport report, Locale locale) {
            this.rows = list.rows();
            this.report = report;
            this.rejected = new ArrayList<>(list.rejected());
            this.warnings = list.warnings();
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

        ImportPreview preview() {
            return new ImportPreview(planned, report.getRejected(), report.getWarnings());
        }

        /** Applies the rows; unless {@code writing}, nothing is flushed, for a transaction that will be rolled back. */
        void apply(boolean writing) {
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
            if (writing) {
                em.flush();
            }
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
                    Certificate current = product.getCurrentCertificate();
                    Certificate certificate = new Certificate(row.certificateNumber(), product, decision, row.stars(),
                        row.score(), row.groupLabel(), row.group());
                    em.persist(certificate);
                    certificates.put(certificate.getNumber(), certificate);
                    product.adopt(certificate);
                    describeIfCurrent(product, certificate, row, district, commune);
                    changed.add(product.getId());
                    report.countImported();
                    String supersedes = current != null && product.getCurrentCertificate() == certificate
                        ? current.getNumber() : null;
                    planned.add(plan(row, ImportAction.ADD, createdProducts.contains(product), supersedes, List.of()));
                    continue;
                }
                Map<String, String> before = facts(existing, product);
                boolean corrected = existing.correctFrom(decision, row.stars(), row.score(), row.groupLabel(), row.group());
                if (corrected) {
                    product.adopt(existing);
                }
                if (describeIfCurrent(product, existing, row, district, commune) | corrected) {
                    changed.add(product.getId());
                    report.countUpdated();
                    planned.add(plan(row, ImportAction.UPDATE, false, null, changes(before, facts(existing, product))));
                } else {
                    report.countUnchanged();
                    planned.add(plan(row, ImportAction.UNCHANGED, false, null, List.of()));
                }
            }
            report.close(rejected, warnings);
        }

        private PlannedRow plan(ListRow row, ImportAction action, boolean newProduct, String supersedes,
                                List<FieldChange> changes) {
            return new PlannedRow(row.line(), action, row.certificateNumber(), VietnameseText.clean(row.productName()),
                VietnameseText.clean(row.producerName()), row.stars().getValue(), row.decisionDate(), newProduct,
                supersedes, changes);
        }

        /** The facts of a certificate and its product that a list can change, as a clerk reads them. */
        private Map<String, String> facts(Certificate certificate, Product product) {
            Map<String, String> facts = new LinkedHashMap<>();
            EvaluationDecision decision = certificate.getDecision();
            facts.put("stars", String.valueOf(certificate.getStars().getValue()));
            facts.put("score", certificate.getScore() == null ? "" : certificate.getScore().toString());
            facts.put("group", certificate.getGroupLabel());
            facts.put("decisionNumber", decision.getNumber());
            facts.put("decisionDate", decision.getDecisionDate().format(DAY));
            facts.put("issuingAuthority", decision.getIssuingAuthority());
            facts.put("expiresOn", certificate.getExpiresOn().format(DAY));
            facts.put("current", product.getCurrentCertificate() == null ? "" : product.getCurrentCertificate().getNumber());
            facts.put("district", product.getDistrict() == null ? "" : product.getDistrict().getName());
            facts.put("commune", product.getCommune() == null ? "" : product.getCommune().getName());
            facts.put("priceVnd", product.getPriceVnd() == null ? "" : product.getPriceVnd().toString());
            facts.put("description", Objects.toString(product.getDescription(), ""));
            return facts;
        }

        private static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
            return before.keySet().stream().filter(field -> !before.get(field).equals(after.get(field)))
                .map(field -> new FieldChange(field, before.get(field), after.get(field))).toList();
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
                    createdProducts.add(created);
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

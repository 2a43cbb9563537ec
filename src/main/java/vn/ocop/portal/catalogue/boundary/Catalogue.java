package vn.ocop.portal.catalogue.boundary;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.certification.boundary.Validity;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.platform.entity.NotFound;

/** What visitors read of the catalogue: product lists with filters, single products, and the figures of the home page. */
@Stateless
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validity validity;

    /** The products with these ids that are in the catalogue (with a current certificate, not hidden), by id. */
    public Map<Long, Product> products(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Product> products = new HashMap<>();
        em.createQuery("select p from Product p join fetch p.currentCertificate c join fetch c.decision "
                + "join fetch p.producer join fetch p.province left join fetch p.district left join fetch p.commune "
                + "where p.id in :ids and p.hiddenReason is null", Product.class)
            .setParameter("ids", ids)
            .getResultStream().forEach(p -> products.put(p.getId(), p));
        return products;
    }

    public ProductView view(Product product) {
        return new ProductView(product, validity.statusOf(product.getCurrentCertificate()));
    }

    /** A product of the public catalogue: one without a certificate, or hidden by the office, is not found. */
    public Product product(long id) {
        return Optional.ofNullable(em.find(Product.class, id))
            .filter(p -> p.getCurrentCertificate() != null && !p.isHidden())
            .orElseThrow(() -> new NotFound("No product with id " + id));
    }

    /** The product's certificates, newest first, the current one included. */
    public List<Certificate> history(Product product) {
        return em.createNamedQuery(Certificate.FIND_HISTORY, Certificate.class).setParameter("product", product).getResultList();
    }

    public Optional<AdministrativeUnit> provinceNamed(String name) {
        return em.createNamedQuery(AdministrativeUnit.FIND_PROVINCE_BY_FOLDED_NAME, AdministrativeUnit.class)
            .setParameter("name", VietnameseText.fold(name)).getResultStream().findFirst();
    }

    public List<ProductView> newest(int count) {
        return em.createNamedQuery(Certificate.FIND_NEWEST_CURRENT, Certificate.class)
            .setParameter("today", validity.today()).setMaxResults(count).getResultList()
            .stream().map(c -> view(c.getProduct())).toList();
    }

    /** Products with a valid certificate today, by stars and by group, and how many producers hold them. */
    public Figures figures() {
        String valid = " from Product p join p.currentCertificate c where c.state = :active and c.expiresOn > :today";
        Map<Integer, Long> byStars = new LinkedHashMap<>(Map.of(3, 0L, 4, 0L, 5, 0L));
        Map<ProductGroup, Long> byGroup = new LinkedHashMap<>();
        for (ProductGroup group : ProductGroup.values()) {
            byGroup.put(group, 0L);
        }
        validQuery("select c.stars, count(p)" + valid + " group by c.stars", Object[].class)
            .getResultList().forEach(row -> byStars.put(((Stars) row[0]).getValue(), (Long) row[1]));
        validQuery("select p.group, count(p)" + valid + " group by p.group", Object[].class)
            .getResultList().forEach(row -> byGroup.put((ProductGroup) row[0], (Long) row[1]));
        long products = byStars.values().stream().mapToLong(Long::longValue).sum();
        long producers = validQuery("select count(distinct p.producer.id)" + valid, Long.class).getSingleResult();
        return new Figures(products, producers, byStars, byGroup);
    }

    private <T> TypedQuery<T> validQuery(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).setParameter("active", CertificateState.ACTIVE).setParameter("today", validity.today());
    }
}

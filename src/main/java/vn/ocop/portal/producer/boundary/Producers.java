package vn.ocop.portal.producer.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.catalogue.boundary.Catalogue;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.search.boundary.CatalogueIndex;

/** What visitors read of producers. */
@Stateless
public class Producers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueIndex index;

    public Producer producer(long id) {
        return Optional.ofNullable(em.find(Producer.class, id)).orElseThrow(() -> new NotFound("No producer with id " + id));
    }

    /** The producer with its province, for naming it with its place. */
    public Producer producerWithProvince(long id) {
        return em.createQuery("select p from Producer p join fetch p.province where p.id = :id", Producer.class)
            .setParameter("id", id).getResultStream().findFirst()
            .orElseThrow(() -> new NotFound("No producer with id " + id));
    }

    /** All the producer's certified products, whatever their status, in Vietnamese name order; not those hidden by the office. */
    public List<ProductView> products(Producer producer) {
        return em.createNamedQuery(Product.FIND_BY_PRODUCER, Product.class).setParameter("producer", producer)
            .getResultList().stream().filter(p -> p.getCurrentCertificate() != null && !p.isHidden()).map(catalogue::view).toList();
    }

    /**
     * Up to {@code max} producers of the catalogue whose name has words starting with what was typed, with or without
     * diacritics, best matches first: for a visitor choosing their producer (the account request form).
     */
    public List<Producer> named(String typed, int max) {
        if (typed == null || typed.isBlank() || max <= 0) {
            return List.of();
        }
        List<Long> productIds = index.productsOfProducersNamed(typed, max * 10);
        if (productIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Producer> byProduct = new HashMap<>();
        em.createQuery("select p from Product p join fetch p.producer pr join fetch pr.province "
                + "where p.id in :ids and p.hiddenReason is null", Product.class)
            .setParameter("ids", productIds).getResultStream().forEach(p -> byProduct.put(p.getId(), p.getProducer()));
        Map<Long, Producer> producers = new LinkedHashMap<>();
        for (Long productId : productIds) {
            Producer producer = byProduct.get(productId);
            if (producer != null && producers.size() < max) {
                producers.putIfAbsent(producer.getId(), producer);
            }
        }
        return new ArrayList<>(producers.values());
    }
}

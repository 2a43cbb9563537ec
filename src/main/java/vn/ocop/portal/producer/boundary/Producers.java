package vn.ocop.portal.producer.boundary;

import java.util.List;
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

/** What visitors read of producers. */
@Stateless
public class Producers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    public Producer producer(long id) {
        return Optional.ofNullable(em.find(Producer.class, id)).orElseThrow(() -> new NotFound("No producer with id " + id));
    }

    /** All the producer's certified products, whatever their status, in Vietnamese name order. */
    public List<ProductView> products(Producer producer) {
        return em.createNamedQuery(Product.FIND_BY_PRODUCER, Product.class).setParameter("producer", producer)
            .getResultList().stream().filter(p -> p.getCurrentCertificate() != null).map(catalogue::view).toList();
    }
}

package vn.ocop.portal.catalogue.boundary;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** The office corrects a product's facts: one transaction with its audit entry and its search change. */
@Stateless
@RolesAllowed("ADMIN")
public class ProductCorrections {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ProductsChanged> productsChanged;

    public ProductFacts correct(long id, @NotNull @Valid ProductFacts facts, String actor) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new NotFound("No product with id " + id);
        }
        String what = "product " + product.getName();
        ChangedMeanwhile.unlessVersion(what, facts.getVersion(), product.getVersion());
        String name = VietnameseText.clean(facts.getName());
        boolean taken = em.createNamedQuery(Product.FIND_BY_PRODUCER_AND_NAME, Product.class)
            .setParameter("producer", product.getProducer()).setParameter("name", name).getResultStream()
            .anyMatch(other -> !other.getId().equals(product.getId()));
        if (taken) {
            throw new Refused("admin.products.refused.nameTaken", name, product.getProducer().getName());
        }
        String before = describe(product);
        if (product.correct(name, facts.getGroup(), blankToNull(facts.getDescription()), facts.getPriceVnd())) {
            ChangedMeanwhile.flush(em, what);
            audit.record(actor, "product.correct", "product " + product.getId(), before, describe(product));
            productsChanged.fire(new ProductsChanged(Set.of(product.getId())));
        }
        return ProductFacts.of(product);
    }

    static String describe(Product p) {
        return "name=" + p.getName() + "; group=" + p.getGroup() + "; price=" + p.getPriceVnd() + "; description="
            + p.getDescription();
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package vn.ocop.portal.producer.boundary;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** The office hides a listing from the public with a reason the producer sees, or shows it again; audit-logged. */
@Stateless
@RolesAllowed("ADMIN")
public class ListingHiding {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ProductsChanged> productsChanged;

    public void hide(long id, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > Product.HIDDEN_REASON_LENGTH) {
            throw new Refused("producerarea.hide.reason", Product.HIDDEN_REASON_LENGTH);
        }
        Product product = existing(id);
        String before = product.getHiddenReason();
        product.hide(reason.strip());
        audit.record(actor, "listing.hide", "product " + id, before, product.getHiddenReason());
        productsChanged.fire(new ProductsChanged(Set.of(id)));
    }

    public void show(long id, String actor) {
        Product product = existing(id);
        String before = product.getHiddenReason();
        product.show();
        audit.record(actor, "listing.show", "product " + id, before, null);
        productsChanged.fire(new ProductsChanged(Set.of(id)));
    }

    /** Why the office hid the product's listing, or null while it is public. */
    public String reasonOf(long id) {
        return existing(id).getHiddenReason();
    }

    private Product existing(long id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new NotFound("No product with id " + id);
        }
        return product;
    }
}

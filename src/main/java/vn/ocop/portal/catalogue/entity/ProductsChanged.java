package vn.ocop.portal.catalogue.entity;

import java.util.Set;

/**
 * Fired, synchronously and inside the transaction, by whatever changes what visitors see of products: an import, an
 * admin's decision, a producer's edit. Observers that must stay consistent with the change (the search change log)
 * record it in the same transaction.
 */
public record ProductsChanged(Set<Long> productIds) {

    public ProductsChanged {
        productIds = Set.copyOf(productIds);
    }
}

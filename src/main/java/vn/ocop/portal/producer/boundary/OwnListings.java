package vn.ocop.portal.producer.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.catalogue.entity.Listing;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.certification.boundary.Validity;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * A producer's own listings. The producer is always the signed-in account's, never a parameter: an id that is not
 * one of its products is answered as unknown (404), so another producer's data cannot be read or changed, nor its
 * existence learnt. Every change is audit-logged and goes live at once (public page and search index).
 */
@Stateless
@RolesAllowed("PRODUCER")
public class OwnListings {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    @Inject
    Validity validity;

    @Inject
    Images images;

    @Inject
    Event<ProductsChanged> productsChanged;

    /** The signed-in account's producer. */
    public Producer producer() {
        String username = session.getCallerPrincipal().getName();
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", username)
            .getResultStream().findFirst().map(Account::getProducer)
            .orElseThrow(() -> new NotFound("No producer for " + username));
    }

    public List<OwnListing> mine() {
        return em.createNamedQuery(Product.FIND_BY_PRODUCER, Product.class).setParameter("producer", producer())
            .getResultStream().map(this::view).toList();
    }

    public OwnListing listing(long id) {
        return view(own(id));
    }

    public OwnListing update(long id, @NotNull @Valid OwnListing changes) {
        Product product = own(id);
        String what = "product " + product.getName();
        ChangedMeanwhile.unlessVersion(what, changes.getVersion(), product.getVersion());
        String before = describe(product);
        Listing listing = changes.listing(product.getListing().getPhotos());
        if (product.present(OwnListing.blank(changes.getDescription()), changes.getPriceVnd(), listing)) {
            ChangedMeanwhile.flush(em, what);
            changed(product, "listing.update", before);
        }
        return view(product);
    }

    /** Adds a photo (sniffed, size-limited, re-encoded without metadata by Images) to a listing, at most eight. */
    public OwnListing addPhoto(long id, byte[] content) {
        Product product = own(id);
        List<String> photos = new ArrayList<>(product.getListing().getPhotos());
        if (photos.size() >= Listing.MAX_PHOTOS) {
            throw new Refused("producerarea.photos.tooMany", Listing.MAX_PHOTOS);
        }
        String before = describe(product);
        photos.add(images.store("products", content).name());
        product.present(product.getDescription(), product.getPriceVnd(), withPhotos(product.getListing(), photos));
        changed(product, "listing.photo.add", before);
        return view(product);
    }

    public OwnListing removePhoto(long id, String name) {
        Product product = own(id);
        List<String> photos = new ArrayList<>(product.getListing().getPhotos());
        if (!photos.remove(name)) {
            throw new NotFound("No photo " + name);
        }
        String before = describe(product);
        product.present(product.getDescription(), product.getPriceVnd(), withPhotos(product.getListing(), photos));
        images.delete(name);
        changed(product, "listing.photo.remove", before);
        return view(product);
    }

    private static Listing withPhotos(Listing l, List<String> photos) {
        return new Listing(l.getPriceUnit(), l.getPackaging(), l.getShelfLife(), l.getIngredients(), l.getShops(),
            l.getOrderPhone(), l.getContact(), photos);
    }

    private void changed(Product product, String action, String before) {
        audit.record(session.getCallerPrincipal().getName(), action, "product " + product.getId(), before, describe(product));
        productsChanged.fire(new ProductsChanged(Set.of(product.getId())));
    }

    /** One of the caller's products, or 404: the same answer for another's product as for none at all. */
    private Product own(long id) {
        Product product = em.find(Product.class, id);
        if (product == null || !product.getProducer().getId().equals(producer().getId())) {
            throw new NotFound("No product with id " + id);
        }
        return product;
    }

    private OwnListing view(Product product) {
        return OwnListing.of(product, product.getCurrentCertificate() == null ? null
            : validity.statusOf(product.getCurrentCertificate()).name());
    }

    static String describe(Product p) {
        return "description=" + p.getDescription() + "; price=" + p.getPriceVnd() + "; " + p.getListing();
    }
}

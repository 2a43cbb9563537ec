package vn.ocop.portal.salespoint.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.UnitLevel;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.salespoint.entity.SalesPoint;
import vn.ocop.portal.salespoint.entity.SalesPointType;

/**
 * The commerce department's sales points, and what the public reads of them. What is on sale is decided at read time
 * against the portal's clock, so a certificate that expires or is revoked delists its product everywhere at once,
 * with no job to run; the same rule lists it among those the commerce department must take off the shelves.
 */
@Stateless
@RolesAllowed({"ADMIN", "COMMERCE"})
public class SalesPoints {

    public static final String PHOTO_FOLDER = "salespoints";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Images images;

    @Inject
    vn.ocop.portal.catalogue.boundary.Catalogue catalogue;

    @PermitAll
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // What the public sees

    /** The directory: every point, or those of a province, a type, and carrying a product of a group on sale today. */
    @PermitAll
    public List<SalesPoint> directory(Long provinceId, SalesPointType type, ProductGroup group) {
        LocalDate today = today();
        String where = (provinceId == null ? "" : " and pr.id = :province") + (type == null ? "" : " and s.type = :type");
        var query = em.createQuery("select s from SalesPoint s join fetch s.province pr where 1 = 1" + where
            + " order by pr.name, s.name, s.id", SalesPoint.class);
        if (provinceId != null) {
            query.setParameter("province", provinceId);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList().stream()
            .filter(s -> group == null || s.onSale(today).stream().anyMatch(p -> p.getGroup() == group)).toList();
    }

    @PermitAll
    public SalesPoint point(long id) {
        SalesPoint point = em.find(SalesPoint.class, id);
        if (point == null) {
            throw new NotFound("No sales point " + id);
        }
        return point;
    }

    /** Products on sale at a point today, by name. */
    @PermitAll
    public List<Product> onSale(SalesPoint point) {
        return point.onSale(today()).stream().sorted(Comparator.comparing(Product::getName)).toList();
    }

    /** "Where to buy": the points that carry a product, none while its certificate is not in force. */
    @PermitAll
    public List<SalesPoint> carrying(Product product) {
        if (!SalesPoint.isOnSale(product, today())) {
            return List.of();
        }
        return em.createNamedQuery(SalesPoint.FIND_CARRYING, SalesPoint.class).setParameter("product", product)
            .getResultList();
    }

    /** The provinces a point may be in, by name. */
    @PermitAll
    public List<AdministrativeUnit> provinces() {
        return em.createQuery("select u from AdministrativeUnit u where u.level = :level order by u.sortKey",
            AdministrativeUnit.class).setParameter("level", UnitLevel.PROVINCE).getResultList();
    }

    // What the commerce department does

    public List<SalesPoint> all() {
        return em.createNamedQuery(SalesPoint.FIND_ALL, SalesPoint.class).getResultList();
    }

    /** Listed products whose certificate has expired or been revoked: to take off this point's shelves. */
    public List<Product> toRemove(long id) {
        return point(id).toRemove(today()).stream().sorted(Comparator.comparing(Product::getName)).toList();
    }

    /** Products on sale today whose name contains {@code text}: what the carried-products autocomplete offers. */
    public List<Product> listable(String text, int max) {
        return em.createQuery("select p from Product p join p.currentCertificate c where upper(p.name) like :text "
                + "and c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn > :today "
                + "order by p.sortKey", Product.class)
            .setParameter("text", "%" + (text == null ? "" : text.strip().toUpperCase(Locale.ROOT)) + "%")
            .setParameter("today", today()).setMaxResults(max).getResultList();
    }

    public SalesPoint create(@Valid @NotNull SalesPointDraft draft, String actor) {
        checkShop(draft);
        SalesPoint point = new SalesPoint(draft.details(), province(draft), actor, clock.instant());
        em.persist(point);
        em.flush();
        audit.record(actor, "salespoints.create", subject(point), null, describe(point));
        return point;
    }

    /** An edit of the version the editor opened; one saved meanwhile by someone else is never overwritten. */
    public SalesPoint update(long id, @Valid @NotNull SalesPointDraft draft, String actor) {
        SalesPoint point = point(id);
        if (draft.getVersion() == null) {
            throw new ChangedMeanwhile(point.getUpdatedBy());
        }
        ChangedMeanwhile.unlessVersion(point.getUpdatedBy(), draft.getVersion(), point.getVersion());
        checkShop(draft);
        String before = describe(point);
        point.revise(draft.details(), province(draft), actor, clock.instant());
        ChangedMeanwhile.flush(em, point.getUpdatedBy());
        audit.record(actor, "salespoints.update", subject(point), before, describe(point));
        return point;
    }

    /** Lists a product; refused with the reason when its certificate is not in force today. */
    public SalesPoint carry(long id, long productId, String actor) {
        SalesPoint point = point(id);
        Product product = product(productId);
        String before = describe(point);
        point.carry(product, today(), actor, clock.instant());
        audit.record(actor, "salespoints.carry", subject(point), before, describe(point) + "; added=" + product.getId());
        return point;
    }

    public SalesPoint drop(long id, long productId, String actor) {
        SalesPoint point = point(id);
        Product product = product(productId);
        String before = describe(point);
        if (point.drop(product, actor, clock.instant())) {
            audit.record(actor, "salespoints.drop", subject(point), before, describe(point) + "; removed=" + product.getId());
        }
        return point;
    }

    /** Stores a photo (checked, re-encoded) and adds it; the file goes again if this transaction rolls back. */
    public SalesPoint addPhoto(long id, byte[] content, String actor) {
        SalesPoint point = point(id);
        String before = describe(point);
        Images.StoredImage stored = images.store(PHOTO_FOLDER, content);
        point.addPhoto(stored.name(), actor, clock.instant());
        audit.record(actor, "salespoints.photo", subject(point), before, describe(point));
        return point;
    }

    public SalesPoint removePhoto(long id, String imageName, String actor) {
        SalesPoint point = point(id);
        String before = describe(point);
        if (point.removePhoto(imageName, actor, clock.instant())) {
            images.delete(imageName);
            audit.record(actor, "salespoints.photoRemoved", subject(point), before, describe(point));
        }
        return point;
    }

    /** An online shop needs its address; the address must be an absolute https URL with a host. */
    private static void checkShop(SalesPointDraft draft) {
        String url = draft.getShopUrl();
        if (draft.getType() == SalesPointType.ONLINE_SHOP && (url == null || url.isBlank())) {
            throw new Refused("salespoints.refused.urlRequired");
        }
        if (url != null && !url.isBlank()) {
            try {
                URI uri = new URI(url.strip());
                if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                    throw new Refused("salespoints.refused.url", url);
                }
            } catch (URISyntaxException e) {
                throw new Refused("salespoints.refused.url", url);
            }
        }
    }

    /** A province by its id, or by its name with or without diacritics: what the API's {@code ?province=} takes. */
    @PermitAll
    public java.util.Optional<AdministrativeUnit> provinceOf(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return java.util.Optional.empty();
        }
        if (idOrName.strip().matches("[0-9]{1,18}")) {
            return java.util.Optional.ofNullable(em.find(AdministrativeUnit.class, Long.parseLong(idOrName.strip())))
                .filter(u -> u.getLevel() == UnitLevel.PROVINCE);
        }
        return catalogue.provinceNamed(idOrName);
    }

    private AdministrativeUnit province(SalesPointDraft draft) {
        AdministrativeUnit unit = draft.getProvinceId() != null ? em.find(AdministrativeUnit.class, draft.getProvinceId())
            : provinceOf(draft.getProvince()).orElse(null);
        if (unit == null || unit.getLevel() != UnitLevel.PROVINCE) {
            throw new Refused("salespoints.refused.province");
        }
        return unit;
    }

    private Product product(long id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new NotFound("No product " + id);
        }
        return product;
    }

    private static String subject(SalesPoint point) {
        return "sales point " + point.getId();
    }

    private static String describe(SalesPoint s) {
        return "name=" + s.getName() + "; type=" + s.getType() + "; province=" + s.getProvince().getName() + "; address="
            + s.getAddress() + "; position=" + s.getLatitude() + "," + s.getLongitude() + "; hours=" + s.getOpeningHours()
            + "; contact=" + s.getContact() + "; url=" + s.getShopUrl() + "; products="
            + s.getProducts().stream().map(Product::getId).sorted().toList() + "; photos=" + s.getPhotos().size();
    }
}

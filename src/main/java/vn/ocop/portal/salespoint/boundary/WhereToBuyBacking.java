package vn.ocop.portal.salespoint.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.salespoint.entity.SalesPoint;

/**
 * "Where to buy" on a product page: the sales points that carry it while its certificate is in force, those in the
 * product's own province first, then by province; the page's script re-sorts them nearest first when the visitor
 * shares a position. Online shops are listed apart.
 */
@Named
@RequestScoped
public class WhereToBuyBacking {

    @Inject
    SalesPoints salesPoints;

    private List<SalesPoint> carrying;

    private List<SalesPoint> carrying(Product product) {
        if (carrying == null) {
            Long home = product.getProvince().getId();
            carrying = salesPoints.carrying(product).stream()
                .sorted(Comparator.comparing((SalesPoint s) -> !s.getProvince().getId().equals(home))
                    .thenComparing(s -> s.getProvince().getName()).thenComparing(SalesPoint::getName))
                .toList();
        }
        return carrying;
    }

    /** Places to go to. */
    public List<SalesPoint> places(Product product) {
        return carrying(product).stream().filter(s -> !s.isOnline()).toList();
    }

    /**
     * Online shops that sell it. Hook: when producers get their own online shops, add them here (a second source
     * beside the sales points of type ONLINE_SHOP); the page lists whatever this returns.
     */
    public List<SalesPoint> onlineShops(Product product) {
        return carrying(product).stream().filter(SalesPoint::isOnline).toList();
    }
}

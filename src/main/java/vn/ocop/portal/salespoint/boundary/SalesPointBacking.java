package vn.ocop.portal.salespoint.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.salespoint.control.PointUrls;
import vn.ocop.portal.salespoint.entity.SalesPoint;

/** {@code /sales-point/{id}} (or {@code ?id=}) and its poster: what a point sells today. */
@Named
@RequestScoped
public class SalesPointBacking {

    @Inject
    SalesPoints salesPoints;

    @Inject @Param(pathIndex = 0) String pathId;
    @Inject @Param(name = "id") String queryId;

    private SalesPoint point;
    private List<Product> products;

    public void load() {
        String id = queryId != null && !queryId.isEmpty() ? queryId : pathId;
        try {
            point = salesPoints.point(Pages.id(id).orElseThrow(() -> new NotFound(id)));
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        products = salesPoints.onSale(point);
    }

    public SalesPoint getPoint() {
        return point;
    }

    public List<Product> getProducts() {
        return products;
    }

    /** The address the poster's QR code encodes. */
    public String getPageUrl() {
        return PointUrls.of(Faces.getRequest(), point.getId());
    }

    public String getMapTiles() {
        return PortalSettings.mapTiles().orElse("");
    }
}

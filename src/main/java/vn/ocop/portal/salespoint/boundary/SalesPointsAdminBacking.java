package vn.ocop.portal.salespoint.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.ocop.portal.salespoint.entity.SalesPoint;

/** {@code /admin/sales-points/}: every point, with how many products are on sale and how many to take off the shelves. */
@Named
@RequestScoped
public class SalesPointsAdminBacking {

    @Inject
    SalesPoints salesPoints;

    private List<SalesPoint> points;

    public List<SalesPoint> getPoints() {
        if (points == null) {
            points = salesPoints.all();
        }
        return points;
    }

    public int onSale(SalesPoint point) {
        return point.onSale(salesPoints.today()).size();
    }

    public int toRemove(SalesPoint point) {
        return point.toRemove(salesPoints.today()).size();
    }
}

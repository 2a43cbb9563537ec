package vn.ocop.portal.salespoint.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.salespoint.entity.SalesPoint;
import vn.ocop.portal.salespoint.entity.SalesPointType;

/** {@code /sales-points?province=&type=&group=}: the public directory, a list first and a map over it when it loads. */
@Named
@RequestScoped
public class SalesPointDirectoryBacking {

    @Inject
    SalesPoints salesPoints;

    @Inject @Param(name = "province") String province;
    @Inject @Param(name = "type") String type;
    @Inject @Param(name = "group") String group;

    private List<SalesPoint> points;

    public List<SalesPoint> getPoints() {
        if (points == null) {
            SalesPointType chosenType;
            try {
                chosenType = SalesPointsResource.type(type);
            } catch (Refused unknown) {
                chosenType = null;
            }
            points = salesPoints.directory(Pages.id(province).isPresent() ? Pages.id(province).getAsLong() : null,
                chosenType, SalesPointsResource.group(group));
        }
        return points;
    }

    public int countOnSale(SalesPoint point) {
        return salesPoints.onSale(point).size();
    }

    public List<AdministrativeUnit> getProvinces() {
        return salesPoints.provinces();
    }

    public SalesPointType[] getTypes() {
        return SalesPointType.values();
    }

    public ProductGroup[] getGroups() {
        return ProductGroup.values();
    }

    public String getProvince() {
        return province;
    }

    public String getType() {
        return type;
    }

    public String getGroup() {
        return group;
    }

    /** The tile URL template, empty when maps are off: the page then is the list alone. */
    public String getMapTiles() {
        return PortalSettings.mapTiles().orElse("");
    }
}

package vn.ocop.portal.salespoint.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.salespoint.entity.SalesPoint;
import vn.ocop.portal.salespoint.entity.SalesPointType;

/** {@code /admin/sales-points/edit[?id=N]}: a point's details, photos, carried products and what to take off the shelves. */
@Named
@ViewScoped
public class SalesPointEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A suggestion reads "name · certificate [#id]"; the id is what is listed. */
    private static final Pattern SUGGESTED_ID = Pattern.compile("\\[#(\\d{1,18})]\\s*$");

    @Inject
    transient SalesPoints salesPoints;

    @Inject @Param(name = "id") String id;

    private Long pointId;
    private SalesPointDraft draft = new SalesPointDraft();
    private String productChoice;
    private transient Part file;

    @PostConstruct
    void load() {
        if (Pages.id(id).isEmpty()) {
            return;
        }
        SalesPoint s = salesPoints.point(Pages.id(id).getAsLong());
        pointId = s.getId();
        draft.setName(s.getName());
        draft.setType(s.getType());
        draft.setAddress(s.getAddress());
        draft.setProvinceId(s.getProvince().getId());
        draft.setLatitude(s.getLatitude());
        draft.setLongitude(s.getLongitude());
        draft.setOpeningHours(s.getOpeningHours());
        draft.setContact(s.getContact());
        draft.setShopUrl(s.getShopUrl());
        draft.setVersion(s.getVersion());
    }

    public void save() {
        attempt(() -> {
            SalesPoint saved = pointId == null ? salesPoints.create(draft, actor()) : salesPoints.update(pointId, draft, actor());
            done("salespoints.edit.saved", saved.getId());
        });
    }

    public void upload() {
        attempt(() -> {
            salesPoints.addPhoto(pointId, Images.read(file), actor());
            done("salespoints.edit.uploaded", pointId);
        });
    }

    public void removePhoto(String name) {
        attempt(() -> {
            salesPoints.removePhoto(pointId, name, actor());
            done("salespoints.edit.saved", pointId);
        });
    }

    public void carry() {
        Matcher m = productChoice == null ? null : SUGGESTED_ID.matcher(productChoice);
        if (m == null || !m.find()) {
            Messages.addGlobalError(text("salespoints.edit.noProduct"));
            return;
        }
        attempt(() -> {
            salesPoints.carry(pointId, Long.parseLong(m.group(1)), actor());
            done("salespoints.edit.added", pointId);
        });
    }

    public void drop(long productId) {
        attempt(() -> {
            salesPoints.drop(pointId, productId, actor());
            done("salespoints.edit.dropped", pointId);
        });
    }

    public List<String> suggest(String typed) {
        return salesPoints.listable(typed, 15).stream()
            .map(p -> p.getName() + " · " + p.getCurrentCertificate().getNumber() + " [#" + p.getId() + "]").toList();
    }

    public SalesPoint getPoint() {
        return pointId == null ? null : salesPoints.point(pointId);
    }

    public List<Product> getToRemove() {
        return pointId == null ? List.of() : salesPoints.toRemove(pointId);
    }

    public List<AdministrativeUnit> getProvinces() {
        return salesPoints.provinces();
    }

    public SalesPointType[] getTypes() {
        return SalesPointType.values();
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    private void done(String key, long savedId) {
        Messages.addFlashGlobalInfo(text(key));
        Faces.redirect(Faces.getRequestContextPath() + "/admin/sales-points/edit?id=" + savedId);
    }

    private static String actor() {
        return Faces.getRemoteUser();
    }

    private static String text(String key) {
        return Faces.getResourceBundle("text").getString(key);
    }

    public Long getPointId() {
        return pointId;
    }

    public SalesPointDraft getDraft() {
        return draft;
    }

    public String getProductChoice() {
        return productChoice;
    }

    public void setProductChoice(String productChoice) {
        this.productChoice = productChoice;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

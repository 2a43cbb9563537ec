package vn.ocop.portal.logouse.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.logouse.entity.MisuseReport;

/**
 * What a visitor reports, from the page or as the JSON of {@code POST /api/v1/misuse-reports}. {@code photos} are
 * base64-encoded JPEG or PNG files (API only; the page uploads files). {@code website} is the honeypot: people leave it
 * empty.
 */
public class MisuseReportForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{misuse.productOrBrand.required}")
    @Size(max = MisuseReport.PRODUCT_LENGTH)
    private String productOrBrand;

    @NotBlank(message = "{misuse.whereSeen.required}")
    @Size(max = MisuseReport.WHERE_LENGTH)
    private String whereSeen;

    @NotBlank(message = "{misuse.description.required}")
    @Size(max = MisuseReport.DESCRIPTION_LENGTH)
    private String description;

    @Size(max = MisuseReport.CONTACT_LENGTH)
    private String contact;

    private String website;

    @Size(max = MisuseReport.MAX_PHOTOS, message = "{misuse.photos.tooMany}")
    private List<String> photos = new ArrayList<>();

    public String getProductOrBrand() {
        return productOrBrand;
    }

    public void setProductOrBrand(String productOrBrand) {
        this.productOrBrand = productOrBrand;
    }

    public String getWhereSeen() {
        return whereSeen;
    }

    public void setWhereSeen(String whereSeen) {
        this.whereSeen = whereSeen;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<String> getPhotos() {
        return photos;
    }

    public void setPhotos(List<String> photos) {
        this.photos = photos == null ? new ArrayList<>() : photos;
    }
}

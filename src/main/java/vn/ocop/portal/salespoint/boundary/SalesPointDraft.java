package vn.ocop.portal.salespoint.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.ocop.portal.salespoint.entity.SalesPoint;
import vn.ocop.portal.salespoint.entity.SalesPointType;

/** A sales point as an editor sends it, from the page or as JSON; {@code version} is the one read, for an edit. */
public class SalesPointDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = SalesPoint.NAME_LENGTH)
    private String name;
    @NotNull
    private SalesPointType type;
    @Size(max = SalesPoint.ADDRESS_LENGTH)
    private String address;
    /** The province by id (the page) or, for API clients, by {@link #province} name. */
    private Long provinceId;
    @Size(max = 120)
    private String province;
    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;
    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;
    @Size(max = SalesPoint.HOURS_LENGTH)
    private String openingHours;
    @Size(max = SalesPoint.CONTACT_LENGTH)
    private String contact;
    /** Only https: a shop link on a government portal must not send buyers over plain HTTP or to a script. */
    @Size(max = SalesPoint.URL_LENGTH)
    @Pattern(regexp = "https://[^\\s<>\"]+", message = "{salespoints.validation.https}")
    private String shopUrl;
    private Integer version;

    public SalesPoint.Details details() {
        return new SalesPoint.Details(name, type, blankToNull(address), latitude, longitude, blankToNull(openingHours),
            blankToNull(contact), blankToNull(shopUrl));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SalesPointType getType() { return type; }
    public void setType(SalesPointType type) { this.type = type; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getShopUrl() { return shopUrl; }
    public void setShopUrl(String shopUrl) { this.shopUrl = shopUrl == null || shopUrl.isBlank() ? null : shopUrl.strip(); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}

package vn.ocop.portal.event.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.event.entity.EventType;

/** An event as an editor sends it, from the page or as JSON; {@code version} is the one read, for an edit. */
public class EventDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Event.NAME_LENGTH)
    private String name;
    @NotNull
    private EventType type;
    @NotBlank
    @Size(max = Event.ORGANISER_LENGTH)
    private String organiser;
    @NotNull
    private LocalDateTime startsAt;
    @NotNull
    private LocalDateTime endsAt;
    @Size(max = Event.ADDRESS_LENGTH)
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
    @NotNull
    @Min(0)
    @Max(Event.MAX_BOOTHS)
    private Integer booths;
    @Size(max = Event.DESCRIPTION_LENGTH)
    private String description;
    @NotNull
    private LocalDateTime applicationsUntil;
    private Integer version;

    public Event.Details details() {
        return new Event.Details(name, type, organiser, startsAt, endsAt, blankToNull(address), latitude, longitude,
            booths, blankToNull(description), applicationsUntil);
    }

    /** A draft filled from an event, for its edit page. */
    public static EventDraft of(Event e) {
        EventDraft d = new EventDraft();
        d.name = e.getName();
        d.type = e.getType();
        d.organiser = e.getOrganiser();
        d.startsAt = e.getStartsAt();
        d.endsAt = e.getEndsAt();
        d.address = e.getAddress();
        d.provinceId = e.getProvince().getId();
        d.latitude = e.getLatitude();
        d.longitude = e.getLongitude();
        d.booths = e.getBooths();
        d.description = e.getDescription();
        d.applicationsUntil = e.getApplicationsUntil();
        d.version = e.getVersion();
        return d;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
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
    public Integer getBooths() { return booths; }
    public void setBooths(Integer booths) { this.booths = booths; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDateTime getApplicationsUntil() { return applicationsUntil; }
    public void setApplicationsUntil(LocalDateTime applicationsUntil) { this.applicationsUntil = applicationsUntil; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}

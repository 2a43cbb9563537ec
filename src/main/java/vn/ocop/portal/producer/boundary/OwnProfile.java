package vn.ocop.portal.producer.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.producer.entity.Producer;

/**
 * A producer's profile, its public page: the edit form, and the body of {@code GET/PUT /api/v1/producer/profile}. The
 * facts as registered (name, type, province) are read-only here: a PUT ignores them. The photos are changed by upload
 * and removal, not by a PUT. An edit from an older version is refused (no lost update).
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "version", "name", "type", "province", "story", "address", "latitude", "longitude", "phone",
    "email", "website", "links", "photos"})
public class OwnProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull(message = "{ocop.required}")
    private Integer version;
    private String name;
    private String type;
    private String province;

    @Size(max = Producer.STORY_LENGTH, message = "{ocop.tooLong}")
    private String story;
    @Size(max = Producer.ADDRESS_LENGTH, message = "{ocop.tooLong}")
    private String address;
    @DecimalMin(value = "-90", message = "{producerarea.profile.latitude.range}")
    @DecimalMax(value = "90", message = "{producerarea.profile.latitude.range}")
    private Double latitude;
    @DecimalMin(value = "-180", message = "{producerarea.profile.longitude.range}")
    @DecimalMax(value = "180", message = "{producerarea.profile.longitude.range}")
    private Double longitude;
    @Pattern(regexp = "[0-9+ ().-]{0,40}", message = "{producerarea.phone}")
    private String phone;
    @Email(message = "{ocop.email}")
    @Size(max = Producer.EMAIL_LENGTH, message = "{ocop.tooLong}")
    private String email;
    /** https only, so that the public page never links a visitor to plain http or javascript:. */
    @Pattern(regexp = "(https://[^\\s<>\"]{3,290})?", message = "{producerarea.httpsOnly}")
    private String website;
    @Size(max = Producer.MAX_LINKS, message = "{producerarea.tooMany}")
    private List<@Pattern(regexp = "https://[^\\s<>\"]{3,190}", message = "{producerarea.httpsOnly}") String> links = new ArrayList<>();
    private List<String> photos = new ArrayList<>();

    static OwnProfile of(Producer producer) {
        OwnProfile own = new OwnProfile();
        own.id = producer.getId();
        own.version = producer.getVersion();
        own.name = producer.getName();
        own.type = producer.getType().name();
        own.province = producer.getProvince().getName();
        Producer.Profile p = producer.profile();
        own.story = p.story();
        own.address = p.address();
        own.latitude = p.latitude();
        own.longitude = p.longitude();
        own.phone = p.phone();
        own.email = p.email();
        own.website = p.website();
        own.links = new ArrayList<>(p.links());
        own.photos = new ArrayList<>(producer.getPhotos());
        return own;
    }

    /** The producer's words as the entity keeps them: blanks are nothing, text is stripped. */
    Producer.Profile profile() {
        return new Producer.Profile(OwnListing.blank(story), OwnListing.blank(address), latitude, longitude,
            OwnListing.blank(phone), OwnListing.blank(email), OwnListing.blank(website),
            links == null ? List.of() : links.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList());
    }

    /** The links one a line, for the page's text area. */
    public String getLinkLines() {
        return OwnListing.lines(links);
    }

    public void setLinkLines(String lines) {
        links = OwnListing.items(lines);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getStory() { return story; }
    public void setStory(String story) { this.story = story; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public List<String> getLinks() { return links; }
    public void setLinks(List<String> links) { this.links = links; }
    public List<String> getPhotos() { return photos; }
    public void setPhotos(List<String> photos) { this.photos = photos; }
}

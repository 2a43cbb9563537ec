package vn.ocop.portal.producer.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;

/** A producer ("chủ thể"). The same name in the same province is the same producer. */
@Entity
@Table(name = "producer")
@NamedQuery(name = Producer.FIND_BY_NAME_AND_PROVINCE,
    query = "select p from Producer p where p.name = :name and p.province = :province")
public class Producer {

    public static final String FIND_BY_NAME_AND_PROVINCE = "Producer.findByNameAndProvince";
    public static final int NAME_LENGTH = 255;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 120;
    public static final int ADDRESS_LENGTH = 300;
    public static final int STORY_LENGTH = 4000;
    public static final int PHOTOS_LENGTH = 1000;
    public static final int LINKS_LENGTH = 1000;
    public static final int MAX_PHOTOS = 8;
    public static final int MAX_LINKS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "producer")
    @TableGenerator(name = "producer", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "producer", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "sort_key", nullable = false, length = VietnameseText.SORT_KEY_LENGTH)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "producer_type", nullable = false, length = 24)
    private ProducerType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private AdministrativeUnit province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private AdministrativeUnit district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private AdministrativeUnit commune;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Column(length = ADDRESS_LENGTH)
    private String website;

    /** The producer's own words on its public page: plain text, paragraphs kept. */
    @Column(length = STORY_LENGTH)
    private String story;

    /** Names given by the platform's Images, one a line. */
    @Column(length = PHOTOS_LENGTH)
    private String photos;

    private Double latitude;

    private Double longitude;

    /** https links (social pages, marketplace shops), one a line. */
    @Column(length = LINKS_LENGTH)
    private String links;

    @Version
    private int version;

    protected Producer() {
    }

    public Producer(String name, ProducerType type, AdministrativeUnit province) {
        this.name = VietnameseText.clean(name);
        this.sortKey = VietnameseText.sortKey(name);
        this.type = type;
        this.province = province;
    }

    public void placeAt(AdministrativeUnit district, AdministrativeUnit commune) {
        this.district = district;
        this.commune = commune;
    }

    /** The office corrects the producer's name and contact. Returns whether anything changed. */
    public boolean correct(String name, ProducerType type, String phone, String email, String address, String website) {
        String cleanName = VietnameseText.clean(name);
        boolean changed = !this.name.equals(cleanName) || this.type != type || !Objects.equals(this.phone, phone)
            || !Objects.equals(this.email, email) || !Objects.equals(this.address, address)
            || !Objects.equals(this.website, website);
        this.name = cleanName;
        this.sortKey = VietnameseText.sortKey(cleanName);
        this.type = type;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.website = website;
        return changed;
    }

    /** What the producer says of itself on its public page. The registered facts (name, type, province) stay. */
    public record Profile(String story, String address, Double latitude, Double longitude, String phone, String email,
                          String website, List<String> links) {
    }

    /** The producer presents itself. Returns whether anything changed. */
    public boolean present(Profile profile) {
        Profile before = profile();
        this.story = profile.story();
        this.address = profile.address();
        this.latitude = profile.latitude();
        this.longitude = profile.longitude();
        this.phone = profile.phone();
        this.email = profile.email();
        this.website = profile.website();
        this.links = join(profile.links());
        return !before.equals(profile());
    }

    public Profile profile() {
        return new Profile(story, address, latitude, longitude, phone, email, website, getLinks());
    }

    /** Replaces the photos, at most {@link #MAX_PHOTOS}; the caller stores and deletes the files. */
    public void showPhotos(List<String> names) {
        if (names.size() > MAX_PHOTOS) {
            throw new IllegalArgumentException("At most " + MAX_PHOTOS + " photos");
        }
        this.photos = join(names);
    }

    private static String join(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isBlank() ? List.of()
            : Arrays.stream(lines.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    public String getStory() {
        return story;
    }

    public List<String> getPhotos() {
        return split(photos);
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    public List<String> getLinks() {
        return split(links);
    }

    public int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProducerType getType() {
        return type;
    }

    public AdministrativeUnit getProvince() {
        return province;
    }

    public AdministrativeUnit getDistrict() {
        return district;
    }

    public AdministrativeUnit getCommune() {
        return commune;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isContactKnown() {
        return phone != null || email != null || address != null || website != null;
    }
}

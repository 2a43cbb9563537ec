package vn.ocop.portal.event.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Venue;
import vn.ocop.portal.platform.entity.Refused;

/**
 * A fair, exhibition, product week or online event. Times are the portal's local time (Asia/Ho_Chi_Minh): that is
 * how organisers announce them. Only a published event is seen by the public and takes applications.
 */
@Entity
@Table(name = "portal_event")
public class Event {

    public static final int NAME_LENGTH = 200;
    public static final int ORGANISER_LENGTH = 200;
    public static final int ADDRESS_LENGTH = Venue.ADDRESS_LENGTH;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int MAX_IMAGES = 12;
    public static final int MAX_BOOTHS = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "portal_event")
    @TableGenerator(name = "portal_event", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "portal_event", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 20)
    private EventType type;

    @Column(nullable = false, length = ORGANISER_LENGTH)
    private String organiser;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    /** Address and map position (columns address, latitude, longitude); null when none of them is given. */
    @Embedded
    private Venue venue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private AdministrativeUnit province;


    @Column(nullable = false)
    private int booths;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "applications_until", nullable = false)
    private LocalDateTime applicationsUntil;

    @Column(nullable = false)
    private boolean published;

    @ElementCollection
    @CollectionTable(name = "portal_event_image", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "image_name", length = 120)
    private List<String> images = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Event() {
    }

    public Event(Details details, AdministrativeUnit province, String actor, Instant now) {
        revise(details, province, actor, now);
    }

    /** What an editor gives; checked field by field by {@code EventDraft}, across fields here. */
    public record Details(String name, EventType type, String organiser, LocalDateTime startsAt, LocalDateTime endsAt,
                          String address, Double latitude, Double longitude, int booths, String description,
                          LocalDateTime applicationsUntil) {
        public Details {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
            Objects.requireNonNull(organiser);
            Objects.requireNonNull(startsAt);
            Objects.requireNonNull(endsAt);
            Objects.requireNonNull(applicationsUntil);
            if (endsAt.isBefore(startsAt)) {
                throw new Refused("events.refused.endsBeforeStart");
            }
            if (applicationsUntil.isAfter(startsAt)) {
                throw new Refused("events.refused.deadlineAfterStart");
            }
            if (booths < 0 || booths > MAX_BOOTHS) {
                throw new Refused("events.refused.booths", MAX_BOOTHS);
            }
        }
    }

    public final void revise(Details details, AdministrativeUnit newProvince, String actor, Instant now) {
        this.name = details.name().strip();
        this.type = details.type();
        this.organiser = details.organiser().strip();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.venue = Venue.of(details.address(), details.latitude(), details.longitude());
        this.booths = details.booths();
        this.description = details.description();
        this.applicationsUntil = details.applicationsUntil();
        this.province = Objects.requireNonNull(newProvince);
        touch(actor, now);
    }

    public void publish(boolean shown, String actor, Instant now) {
        this.published = shown;
        touch(actor, now);
    }

    /** Whether booth applications are still taken at {@code now}: published and the deadline not passed. */
    public boolean takesApplications(LocalDateTime now) {
        return published && !now.isAfter(applicationsUntil);
    }

    public boolean isPast(LocalDateTime now) {
        return endsAt.isBefore(now);
    }

    public void addImage(String imageName, String actor, Instant now) {
        if (images.size() >= MAX_IMAGES) {
            throw new Refused("events.refused.tooManyImages", MAX_IMAGES);
        }
        images.add(imageName);
        touch(actor, now);
    }

    public boolean removeImage(String imageName, String actor, Instant now) {
        boolean removed = images.remove(imageName);
        if (removed) {
            touch(actor, now);
        }
        return removed;
    }

    public boolean hasPosition() {
        return venue != null && venue.hasPosition();
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = Objects.requireNonNull(actor);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public EventType getType() { return type; }
    public String getOrganiser() { return organiser; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getAddress() { return venue == null ? null : venue.getAddress(); }
    public AdministrativeUnit getProvince() { return province; }
    public Double getLatitude() { return venue == null ? null : venue.getLatitude(); }
    public Double getLongitude() { return venue == null ? null : venue.getLongitude(); }
    public int getBooths() { return booths; }
    public String getDescription() { return description; }
    public LocalDateTime getApplicationsUntil() { return applicationsUntil; }
    public boolean isPublished() { return published; }
    public List<String> getImages() { return Collections.unmodifiableList(images); }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}

package vn.ocop.portal.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import vn.ocop.portal.platform.entity.Refused;

/**
 * Where something is: a street address and, optionally, a map position. Shared by events and sales points, in their
 * own tables' {@code address}, {@code latitude} and {@code longitude} columns (so embedding it needed no migration). The
 * province is the owner's own relationship, since queries join through it. A position has both coordinates, within
 * range, or none.
 */
@Embeddable
public class Venue implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ADDRESS_LENGTH = 300;

    @Column(name = "address", length = ADDRESS_LENGTH)
    private String address;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    protected Venue() {
    }

    /** A venue, refused with the reason when the address is too long or the position is half given or out of range. */
    public static Venue of(String address, Double latitude, Double longitude) {
        String text = address == null || address.isBlank() ? null : address.strip();
        if (text != null && text.length() > ADDRESS_LENGTH) {
            throw new Refused("venue.refused.address", ADDRESS_LENGTH);
        }
        if ((latitude == null) != (longitude == null)) {
            throw new Refused("venue.refused.halfPosition");
        }
        if (latitude != null && (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180))) {
            throw new Refused("venue.refused.position");
        }
        Venue venue = new Venue();
        venue.address = text;
        venue.latitude = latitude;
        venue.longitude = longitude;
        return venue;
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    public String getAddress() { return address; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Venue v && Objects.equals(address, v.address) && Objects.equals(latitude, v.latitude)
            && Objects.equals(longitude, v.longitude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, latitude, longitude);
    }
}

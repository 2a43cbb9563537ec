package vn.ocop.portal.certification.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import vn.ocop.portal.platform.entity.BusinessException;

/**
 * Which expiry list the office asks for: certificates expiring in the next {@code days} days, those already expired,
 * or those certified in {@code year} that have expired ("certificates of 2021 expired from 29/12/2024").
 */
public final class ExpiryListQuery implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_DAYS = 3660;
    public static final int FIRST_YEAR = 2018;

    /** The lists, with the names their download addresses use. */
    public enum Kind {
        EXPIRING("expiring"), EXPIRED("expired"), EXPIRED_BY_YEAR("expired-by-year");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String getPath() {
            return path;
        }

        public static Optional<Kind> fromPath(String path) {
            return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
        }
    }

    private final Kind kind;
    private final int days;
    private final int year;

    private ExpiryListQuery(Kind kind, int days, int year) {
        this.kind = kind;
        this.days = days;
        this.year = year;
    }

    /**
     * The list as an address names it, with the defaults of an absent {@code days} (the expiring window) or
     * {@code year} (last year). Refuses what no list can be made of, with a reason.
     */
    public static ExpiryListQuery of(String list, Integer days, Integer year, int defaultDays, LocalDate today) {
        Kind kind = Kind.fromPath(list == null ? "" : list.strip().toLowerCase(Locale.ROOT))
            .orElseThrow(() -> new BusinessException("No such expiry list: " + list
                + "; the lists are expiring, expired and expired-by-year"));
        int wantedDays = days == null ? defaultDays : days;
        if (wantedDays < 1 || wantedDays > MAX_DAYS) {
            throw new BusinessException("days must be 1 to " + MAX_DAYS + ", not " + wantedDays);
        }
        int wantedYear = year == null ? today.getYear() - 1 : year;
        if (wantedYear < FIRST_YEAR || wantedYear > today.getYear()) {
            throw new BusinessException("year must be " + FIRST_YEAR + " to " + today.getYear() + ", not " + wantedYear);
        }
        return new ExpiryListQuery(kind, wantedDays, wantedYear);
    }

    public Kind kind() {
        return kind;
    }

    public int days() {
        return days;
    }

    public int year() {
        return year;
    }

    /** A file name that says what the list is and on which day it was made. */
    public String fileName(LocalDate today, String extension) {
        String what = switch (kind) {
            case EXPIRING -> "expiring-" + days + "-days";
            case EXPIRED -> "expired";
            case EXPIRED_BY_YEAR -> "expired-of-" + year;
        };
        return "ocop-certificates-" + what + "-" + today + "." + extension;
    }
}

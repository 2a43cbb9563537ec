package vn.ocop.portal.certification.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a producer is told that a certificate runs out: 90 days before its expiry (time to prepare a re-evaluation
 * dossier) and 30 days before (the last reminder the rules require). Each threshold covers the days from its own
 * down to the next one's, so a certificate met late (imported 29 days before expiry) gets only the nearer notice.
 */
public enum ExpiryThreshold {
    DAYS_90(90), DAYS_30(30);

    private final int days;

    ExpiryThreshold(int days) {
        this.days = days;
    }

    public int getDays() {
        return days;
    }

    public static Optional<ExpiryThreshold> ofDays(int days) {
        for (ExpiryThreshold threshold : values()) {
            if (threshold.days == days) {
                return Optional.of(threshold);
            }
        }
        return Optional.empty();
    }

    /** The threshold whose notice is due for a certificate expiring on that day, seen on {@code today}. */
    public static Optional<ExpiryThreshold> dueFor(LocalDate expiresOn, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        for (ExpiryThreshold threshold : values()) {
            if (daysLeft >= threshold.firstDayLeft() && daysLeft <= threshold.days) {
                return Optional.of(threshold);
            }
        }
        return Optional.empty();
    }

    /** The earliest expiry date that is due for this threshold today (inclusive), for the candidates' query. */
    public LocalDate earliestExpiry(LocalDate today) {
        return today.plusDays(firstDayLeft());
    }

    /** The latest expiry date that is due for this threshold today (inclusive). */
    public LocalDate latestExpiry(LocalDate today) {
        return today.plusDays(days);
    }

    /** The fewest days left that still belong to this threshold: one more than the next threshold's. */
    private int firstDayLeft() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].days + 1 : 1;
    }
}

package vn.ocop.portal.certification.entity;

import java.io.Serializable;

import vn.ocop.portal.platform.entity.Refused;

/**
 * A star rating, 1 to 5, and the bands of the 2023 criteria that give it from a score out of 100. Only 3 stars and
 * more make an OCOP product.
 */
public final class Stars implements Serializable, Comparable<Stars> {

    private static final long serialVersionUID = 1L;
    public static final int MIN_CERTIFIED = 3;
    private static final Stars[] ALL = {new Stars(1), new Stars(2), new Stars(3), new Stars(4), new Stars(5)};

    private final int value;

    private Stars(int value) {
        this.value = value;
    }

    public static Stars of(int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("stars must be 1 to 5, not " + value);
        }
        return ALL[value - 1];
    }

    /** Below 30: 1★; 30–49: 2★; 50–69: 3★; 70–89: 4★; 90–100: 5★. */
    public static Stars fromScore(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is 0 to 100, not " + score);
        }
        if (score >= 90) {
            return of(5);
        }
        if (score >= 70) {
            return of(4);
        }
        if (score >= 50) {
            return of(3);
        }
        return score >= 30 ? of(2) : of(1);
    }

    /**
     * The stars a certificate may be issued with: 3 to 5, and, when the score is known, the stars of its band. The
     * office types both from the decision, so a mismatch is a typing error to refuse, not to correct silently.
     */
    public static Stars certified(Integer stars, Integer score) {
        if (stars == null || stars < MIN_CERTIFIED || stars > 5) {
            throw new Refused("admin.certificates.refused.stars", String.valueOf(stars));
        }
        if (score == null) {
            return of(stars);
        }
        if (score < 0 || score > 100) {
            throw new Refused("admin.certificates.refused.score", String.valueOf(score));
        }
        Stars band = fromScore(score);
        if (band.value != stars) {
            throw new Refused("admin.certificates.refused.band", String.valueOf(score), String.valueOf(band.value),
                String.valueOf(stars));
        }
        return band;
    }

    public boolean isCertified() {
        return value >= MIN_CERTIFIED;
    }

    public int getValue() {
        return value;
    }

    @Override
    public int compareTo(Stars other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stars s && s.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return value + "★";
    }
}

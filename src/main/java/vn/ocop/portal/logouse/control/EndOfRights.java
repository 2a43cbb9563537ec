package vn.ocop.portal.logouse.control;

import java.time.LocalDate;
import java.util.Optional;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.RightEnded;

/**
 * Whether, and why, a logo use lost its right on a day, read from its certificate alone: so the same rule serves the
 * certificate events (suspend, revoke, re-evaluation, import) and the daily pass for expiry by date.
 */
public final class EndOfRights {

    private EndOfRights() {
    }

    public static Optional<RightEnded> of(LogoUse use, LocalDate today) {
        Certificate certificate = use.getCertificate();
        return switch (certificate.getState()) {
            case REVOKED -> Optional.of(RightEnded.REVOKED);
            case SUSPENDED -> Optional.of(RightEnded.SUSPENDED);
            case SUPERSEDED -> supersededByFewerStars(use) ? Optional.of(RightEnded.SUPERSEDED_FEWER_STARS)
                : expiredOn(certificate, today);
            case ACTIVE -> expiredOn(certificate, today);
        };
    }

    /**
     * A re-evaluation to fewer stars: the producer must print the new star level. Superseded by the same or more
     * stars, the old use runs on until its own period (which ends before the old certificate's expiry).
     */
    private static boolean supersededByFewerStars(LogoUse use) {
        Certificate current = use.getCertificate().getProduct().getCurrentCertificate();
        return current != null && current != use.getCertificate() && current.getStars().compareTo(use.getStars()) < 0;
    }

    private static Optional<RightEnded> expiredOn(Certificate certificate, LocalDate today) {
        return today.isBefore(certificate.getExpiresOn()) ? Optional.empty() : Optional.of(RightEnded.EXPIRED);
    }
}

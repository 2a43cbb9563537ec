package vn.ocop.portal.certification.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.certification.entity.ExpiryThreshold;

/**
 * Which expiry notice, if any, a certificate is due today: the threshold of its days left
 * ({@link ExpiryThreshold#dueFor}), unless that notice already went out. Only active certificates get notices: a
 * suspended, revoked or superseded one has nothing left to renew.
 */
public class ExpiryNoticeRule {

    private final Clock clock;

    public ExpiryNoticeRule(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<ExpiryThreshold> due(CertificateState state, LocalDate expiresOn, Set<ExpiryThreshold> alreadySent) {
        if (state != CertificateState.ACTIVE) {
            return Optional.empty();
        }
        return ExpiryThreshold.dueFor(expiresOn, today()).filter(threshold -> !alreadySent.contains(threshold));
    }
}

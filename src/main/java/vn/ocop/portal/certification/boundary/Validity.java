package vn.ocop.portal.certification.boundary;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.platform.control.PortalSettings;

/** Today's date in Vietnam and the expiring window ({@code OCOP_EXPIRING_DAYS}, 90 by default), in one place. */
@ApplicationScoped
public class Validity {

    @Inject
    Clock clock;

    private final int expiringWindowDays = PortalSettings.expiringWindowDays();

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int expiringWindowDays() {
        return expiringWindowDays;
    }

    public CertificateStatus statusOf(Certificate certificate) {
        return certificate.statusOn(today(), expiringWindowDays);
    }
}

package vn.ocop.portal.platform.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import vn.ocop.portal.platform.control.PortalSettings;

/**
 * The one clock of the portal, in Vietnam's zone. Validity is decided by the date in Hà Nội, not by the server's
 * zone. {@code OCOP_TODAY} pins the date (for demonstrations and tests that need a fixed day).
 */
@ApplicationScoped
public class PortalClock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return PortalSettings.text(PortalSettings.TODAY)
            .map(day -> Clock.fixed(LocalDate.parse(day).atStartOfDay(VIETNAM).plusHours(9).toInstant(), VIETNAM))
            .orElseGet(() -> Clock.system(VIETNAM));
    }
}

package vn.ocop.portal.news.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import vn.ocop.portal.platform.boundary.PortalClock;

/** Publish moments as Vietnamese readers write them, in Vietnam's time, in both languages: 25/11/2026 09:00. */
public final class NewsDates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalClock.VIETNAM);
    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(PortalClock.VIETNAM);

    private NewsDates() {
    }

    public static String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    /** For {@code <time datetime="…">}. */
    public static String machine(Instant instant) {
        return instant == null ? "" : MACHINE.format(instant);
    }
}

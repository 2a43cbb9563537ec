package vn.ocop.portal.event.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.ocop.portal.event.entity.Event;

/**
 * Writes events as an iCalendar (RFC 5545) document: times in UTC so that no VTIMEZONE is needed, text values
 * escaped, lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** One calendar holding {@code events}; {@code baseUrl} is the portal's absolute address without a trailing slash. */
    public static String of(List<Event> events, String baseUrl, String host, ZoneId zone, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//OCOP portal//Events//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + e.getId() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + utc(e.getStartsAt(), zone));
            line(out, "DTEND:" + utc(e.getEndsAt(), zone));
            line(out, "SUMMARY:" + text(e.getName()));
            String where = e.getAddress() == null ? e.getProvince().getName()
                : e.getAddress() + ", " + e.getProvince().getName();
            line(out, "LOCATION:" + text(where));
            if (e.hasPosition()) {
                line(out, String.format(Locale.ROOT, "GEO:%.6f;%.6f", e.getLatitude(), e.getLongitude()));
            }
            line(out, "ORGANIZER;CN=" + param(e.getOrganiser()) + ":" + baseUrl + "/events/" + e.getId());
            line(out, "CATEGORIES:" + e.getType().name());
            if (e.getDescription() != null) {
                line(out, "DESCRIPTION:" + text(e.getDescription()));
            }
            line(out, "URL:" + baseUrl + "/events/" + e.getId());
            line(out, "SEQUENCE:" + e.getVersion());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String utc(LocalDateTime local, ZoneId zone) {
        return UTC.format(local.atZone(zone).toInstant());
    }

    /** A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11). */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
            .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, with the characters a quoted value cannot hold dropped. */
    static String param(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n\\p{Cntrl}]", " ") + "\"";
    }

    /** Appends a content line folded at 75 octets (continuation lines start with a space), ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}

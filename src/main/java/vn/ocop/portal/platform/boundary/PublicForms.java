package vn.ocop.portal.platform.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.Refused;

/**
 * The spam guard of the forms anyone may send (misuse reports, buyer inquiries, account requests), without a
 * third-party service: a honeypot field that people never see and robots fill in, and at most
 * {@code OCOP_PUBLIC_FORM_LIMIT} (default {@value #DEFAULT_LIMIT}) submissions of one form from one address an hour.
 * <p>
 * Counted in memory, per instance, like the sign-in throttle: a flood costs no database writes. The address is the TCP
 * peer, never a forwarded header a client could make up.
 */
@ApplicationScoped
public class PublicForms {

    public static final int DEFAULT_LIMIT = 5;
    public static final Duration WINDOW = Duration.ofHours(1);
    /** The name of the honeypot input on every public form. */
    public static final String HONEYPOT = "website";
    /** The key of the refusal past the hourly limit, which the API answers with 429. */
    public static final String TOO_MANY = "form.error.tooMany";
    private static final int MAX_KEYS = 50_000;

    private final Clock clock;
    private final int limit;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    /** On the real clock: the portal's may be pinned to a day (OCOP_TODAY), and the window is an hour. */
    public PublicForms() {
        this(Clock.systemUTC(), PortalSettings.publicFormLimit().orElse(DEFAULT_LIMIT));
    }

    public PublicForms(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * Admits one submission of {@code form} from {@code address}, or refuses it: "form.error.rejected" when the
     * honeypot is filled, "form.error.tooMany" past the hourly limit. A refused submission is not counted.
     */
    public void admit(String form, String address, String honeypot) {
        if (honeypot != null && !honeypot.isBlank()) {
            throw new Refused("form.error.rejected");
        }
        Instant now = clock.instant();
        if (sent.size() > MAX_KEYS) {
            sent.values().removeIf(times -> prune(times, now));
        }
        Deque<Instant> times = sent.computeIfAbsent(form + "|" + address, key -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            if (times.size() >= limit) {
                throw new Refused(TOO_MANY, WINDOW.toMinutes());
            }
            times.addLast(now);
        }
    }

    /** Drops the times older than the window; true when none are left. */
    private static boolean prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant since = now.minus(WINDOW);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            return times.isEmpty();
        }
    }
}

package vn.ocop.portal.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows password guessing: {@value #PER_USERNAME} failed sign-ins for one username within 15 minutes lock that
 * username for 15 minutes, during which its attempts are refused without the password being checked; {@value
 * #PER_ADDRESS} failures from one address (whatever the usernames, refused attempts included) lock that address alike.
 * <p>
 * Kept in memory, per instance: a guessing flood then costs no database writes, and the check no query. The price is
 * that each instance counts on its own (n instances allow n times the attempts) and a restart forgets; with each guess
 * costing 600,000 PBKDF2 rounds that is still a handful of guesses an hour. The address is the TCP peer: behind a
 * reverse proxy it is the proxy's, which is why its limit is far above what one office's users reach by mistake.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int PER_USERNAME = 5;
    public static final int PER_ADDRESS = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys kept at most before stale ones are dropped, so that a flood of made-up names cannot fill memory. */
    private static final int MAX_KEYS = 50_000;

    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** On the real clock: the portal's may be pinned to a day (OCOP_TODAY), and locks last minutes. */
    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Until when an attempt for {@code username} from {@code address} is refused, if it is. A refused attempt counts
     * against the address.
     */
    public Optional<Instant> refusedUntil(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = lockOf(nameKey(username), now).or(() -> lockOf(addressKey(address), now));
        if (until.isPresent()) {
            count(addressKey(address), PER_ADDRESS, now);
        }
        return until;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (counters.size() > MAX_KEYS) {
            counters.values().removeIf(counter -> counter.isStaleAt(now));
        }
        count(nameKey(username), PER_USERNAME, now);
        count(addressKey(address), PER_ADDRESS, now);
    }

    /** A successful sign-in clears the username's failures (not the address's). */
    public void succeeded(String username) {
        counters.remove(nameKey(username));
    }

    private Optional<Instant> lockOf(String key, Instant now) {
        Counter counter = counters.get(key);
        return counter == null ? Optional.empty() : counter.lockedUntil(now);
    }

    private void count(String key, int limit, Instant now) {
        counters.computeIfAbsent(key, k -> new Counter()).fail(now, limit);
    }

    private static String nameKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /** The recent failures of one username or address, and its lock. */
    private static final class Counter {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized void fail(Instant now, int limit) {
            prune(now);
            failures.addLast(now);
            if (failures.size() >= limit) {
                lockedUntil = now.plus(WINDOW);
                failures.clear();
            }
        }

        synchronized Optional<Instant> lockedUntil(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
        }

        synchronized boolean isStaleAt(Instant now) {
            prune(now);
            return failures.isEmpty() && (lockedUntil == null || !now.isBefore(lockedUntil));
        }

        private void prune(Instant now) {
            Instant oldest = now.minus(WINDOW);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
                failures.removeFirst();
            }
        }
    }
}

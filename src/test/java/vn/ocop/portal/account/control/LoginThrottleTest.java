package vn.ocop.portal.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-25T02:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    private void later(Duration duration) {
        now = now.plus(duration);
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheUsernameForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lan", "10.0.0.1");
            later(Duration.ofMinutes(3));
        }
        assertThat(throttle.refusedUntil("lan", "10.0.0.1")).isEmpty();
        throttle.failed("lan", "10.0.0.1");
        Instant locked = now;

        assertThat(throttle.refusedUntil("lan", "10.0.0.9")).contains(locked.plus(Duration.ofMinutes(15)));
        assertThat(throttle.refusedUntil("LAN ", "10.0.0.9")).as("the same name in other case").isPresent();
        assertThat(throttle.refusedUntil("minh", "10.0.0.1")).as("another name from the same address").isEmpty();
        later(Duration.ofMinutes(14));
        assertThat(throttle.refusedUntil("lan", "10.0.0.1")).isPresent();
        later(Duration.ofMinutes(1));
        assertThat(throttle.refusedUntil("lan", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("lan", "10.0.0.1");
            later(Duration.ofMinutes(4));
        }
        assertThat(throttle.refusedUntil("lan", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        throttle.succeeded("lan");
        throttle.failed("lan", "10.0.0.1");
        assertThat(throttle.refusedUntil("lan", "10.0.0.1")).isEmpty();
    }

    @Test
    void manyFailuresFromOneAddressLockTheAddressWhateverTheNames() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS - 1; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }
        assertThat(throttle.refusedUntil("someone", "10.0.0.7")).isEmpty();
        throttle.failed("user-last", "10.0.0.7");

        assertThat(throttle.refusedUntil("someone", "10.0.0.7")).isPresent();
        assertThat(throttle.refusedUntil("someone", "10.0.0.8")).isEmpty();
        later(LoginThrottle.WINDOW);
        assertThat(throttle.refusedUntil("someone", "10.0.0.7")).isEmpty();
    }

    @Test
    void attemptsAtALockedNameCountAgainstTheAddress() {
        for (int i = 0; i < LoginThrottle.PER_USERNAME; i++) {
            throttle.failed("lan", "10.0.0.3");
        }
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            assertThat(throttle.refusedUntil("lan", "10.0.0.3")).isPresent();
        }
        assertThat(throttle.refusedUntil("minh", "10.0.0.3")).as("the address is locked too").isPresent();
    }
}

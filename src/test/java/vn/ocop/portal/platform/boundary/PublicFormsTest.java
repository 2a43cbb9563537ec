package vn.ocop.portal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.platform.entity.Refused;

class PublicFormsTest {

    private final MovableClock clock = new MovableClock();
    private final PublicForms forms = new PublicForms(clock, 3);

    @Test
    void anAddressMaySendAFormUpToTheLimitAnHour() {
        for (int i = 0; i < 3; i++) {
            forms.admit("misuse", "10.0.0.1", "");
        }
        assertEquals("form.error.tooMany", assertThrows(Refused.class,
            () -> forms.admit("misuse", "10.0.0.1", null)).key());
        assertDoesNotThrow(() -> forms.admit("misuse", "10.0.0.2", null), "another address");
        assertDoesNotThrow(() -> forms.admit("inquiry", "10.0.0.1", null), "another form");
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertDoesNotThrow(() -> forms.admit("misuse", "10.0.0.1", null), "an hour later");
    }

    @Test
    void aFilledHoneypotIsRefusedAndNotCounted() {
        assertEquals("form.error.rejected", assertThrows(Refused.class,
            () -> forms.admit("misuse", "10.0.0.1", "http://spam.example")).key());
        for (int i = 0; i < 3; i++) {
            forms.admit("misuse", "10.0.0.1", "  ");
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T03:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

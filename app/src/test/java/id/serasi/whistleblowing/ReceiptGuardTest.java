package id.serasi.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Guessing receipt codes: ten wrong in fifteen minutes locks the client out for fifteen, and only that client. */
class ReceiptGuardTest {

    Instant now = Instant.parse("2026-11-02T03:00:00Z");
    final ReceiptGuard guard = new ReceiptGuard(10, Duration.ofMinutes(15), Duration.ofMinutes(15),
            new Clock() {
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                public Instant instant() {
                    return now;
                }
            });

    @Test
    void tenFailuresLockTheClientOutThenTheWaitEnds() {
        for (int i = 0; i < 9; i++) {
            guard.failed("a");
        }
        assertThat(guard.waitFor("a")).isEmpty();
        guard.failed("a");
        assertThat(guard.waitFor("a")).contains(Duration.ofMinutes(15));
        assertThat(guard.waitFor("b")).isEmpty();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(guard.waitFor("a")).contains(Duration.ofMinutes(1));
        now = now.plus(Duration.ofMinutes(1));
        assertThat(guard.waitFor("a")).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowAreForgotten() {
        for (int i = 0; i < 30; i++) {
            guard.failed("slow");
            now = now.plus(Duration.ofMinutes(2));
        }
        assertThat(guard.waitFor("slow")).isEmpty();
    }
}

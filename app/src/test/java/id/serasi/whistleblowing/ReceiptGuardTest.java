package id.serasi.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Guessing receipt codes: ten wrong in fifteen minutes locks the client out for fifteen, and only that client. */
class ReceiptGuardTest {

    long nanos = 1_000_000_000L;
    final TimeMeter clock = new TimeMeter() {
        public long currentTimeNanos() {
            return nanos;
        }

        public boolean isWallClockBased() {
            return false;
        }
    };
    final PortalLimits.InMemory store = new PortalLimits.InMemory(clock);
    final ReceiptGuard guard = new ReceiptGuard(new PortalLimits(store, "test".getBytes(StandardCharsets.UTF_8)), 10,
            Duration.ofMinutes(15), Duration.ofMinutes(15));

    void pass(Duration time) {
        nanos += time.toNanos();
    }

    @Test
    void tenFailuresLockTheClientOutThenTheWaitEnds() {
        for (int i = 0; i < 9; i++) {
            guard.failed("a");
        }
        assertThat(guard.waitFor("a")).isEmpty();
        guard.failed("a");
        assertThat(guard.waitFor("a")).contains(Duration.ofMinutes(15));
        assertThat(guard.waitFor("b")).isEmpty();
        pass(Duration.ofMinutes(14));
        assertThat(guard.waitFor("a")).contains(Duration.ofMinutes(1));
        pass(Duration.ofMinutes(1));
        assertThat(guard.waitFor("a")).isEmpty();
    }

    @Test
    void afterTheLockoutTheClientStartsAfresh() {
        for (int i = 0; i < 10; i++) {
            guard.failed("a");
        }
        pass(Duration.ofMinutes(15));
        for (int i = 0; i < 9; i++) {
            guard.failed("a");
        }
        assertThat(guard.waitFor("a")).isEmpty();
        guard.failed("a");
        assertThat(guard.waitFor("a")).isPresent();
    }

    @Test
    void failuresSpreadBeyondTheWindowAreForgotten() {
        for (int i = 0; i < 30; i++) {
            guard.failed("slow");
            pass(Duration.ofMinutes(2));
        }
        assertThat(guard.waitFor("slow")).isEmpty();
    }

    @Test
    void countsThatAreFullAgainAreRemovedAndAddressesAreNeverKeys() {
        for (int i = 0; i < 10; i++) {
            guard.failed("203.0.113.7");
        }
        PortalLimits limits = new PortalLimits(store, "test".getBytes(StandardCharsets.UTF_8));
        assertThat(limits.key(ReceiptGuard.LOCKOUT, "203.0.113.7")).doesNotContain("203.0.113.7")
                .isNotEqualTo(new PortalLimits(store, "other".getBytes(StandardCharsets.UTF_8))
                        .key(ReceiptGuard.LOCKOUT, "203.0.113.7"));
        assertThat(limits.holds(ReceiptGuard.LOCKOUT, "203.0.113.7")).isTrue();
        store.removeExpired();
        assertThat(limits.holds(ReceiptGuard.LOCKOUT, "203.0.113.7")).as("still locked out").isTrue();
        pass(Duration.ofMinutes(15));
        store.removeExpired();
        assertThat(limits.holds(ReceiptGuard.LOCKOUT, "203.0.113.7")).isFalse();
        assertThat(limits.holds(ReceiptGuard.FAILURES, "203.0.113.7")).isFalse();
    }
}

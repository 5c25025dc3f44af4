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

    /** One IPv6 subscriber holds a whole /64: moving to the next address of it is no fresh set of guesses. */
    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        for (int i = 0; i < 10; i++) {
            guard.failed("2001:db8:aa:1::" + Integer.toHexString(i + 1));
        }
        assertThat(guard.waitFor("2001:db8:aa:1:ffff:ffff:ffff:ffff")).isPresent();
        assertThat(guard.waitFor("2001:db8:aa:2::1")).as("the next /64 is another client").isEmpty();
        assertThat(guard.waitFor("192.0.2.7")).isEmpty();
        assertThat(PortalLimits.network("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(PortalLimits.network("2001:db8:aa:1::5")).isEqualTo("20010db800aa0001::/64");
        assertThat(PortalLimits.network("demo-data")).isEqualTo("demo-data");
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

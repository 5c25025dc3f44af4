package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class SignInThrottleTest {

    Instant now = Instant.parse("2026-12-02T08:00:00Z");
    final SignInThrottle throttle = new SignInThrottle(new Clock() {
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
    }, Set.of("ayu.lestari", "budi.santoso")::contains);

    void wrongPassword(String username) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "salah"), new BadCredentialsException("x")));
    }

    @Test
    void fiveWrongPasswordsLockTheNameForAMinuteThenLongerEachTime() {
        for (int i = 0; i < 4; i++) {
            wrongPassword("ayu.lestari");
        }
        assertThat(throttle.isLocked("ayu.lestari")).isFalse();
        wrongPassword("Ayu.Lestari");
        assertThat(throttle.isLocked("ayu.lestari")).isTrue();
        assertThat(throttle.isLocked("budi.santoso")).isFalse();
        now = now.plus(Duration.ofSeconds(61));
        assertThat(throttle.isLocked("ayu.lestari")).isFalse();
        wrongPassword("ayu.lestari");
        now = now.plus(Duration.ofSeconds(61));
        assertThat(throttle.isLocked("ayu.lestari")).as("two minutes the second time").isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            wrongPassword("budi.santoso");
        }
        throttle.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                "budi.santoso", null, List.of())));
        wrongPassword("budi.santoso");
        assertThat(throttle.isLocked("budi.santoso")).isFalse();
    }

    /** Names nobody signs in with are not counted: a flood of made-up names holds no memory. */
    @Test
    void unknownNamesAreNotCounted() {
        for (int i = 0; i < 10; i++) {
            wrongPassword("tidak.ada");
        }
        assertThat(throttle.isLocked("tidak.ada")).isFalse();
    }
}

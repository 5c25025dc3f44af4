package id.serasi.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Slows password guessing at the embedded default's local sign-in (Keycloak has its own brute-force protection):
 * after {@link #FREE_FAILURES} wrong passwords in a row, a user name is refused for a minute, doubling with each
 * further failure up to a quarter of an hour, even with the right password; a successful sign-in clears its count.
 * By name, not by address: a whole office signs in from one address. Kept in memory: the local sign-in runs on one
 * node only.
 */
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Predicate<String> known;

    /** @param known whether a user name is one that can sign in: only those are counted, so the count stays small */
    public SignInThrottle(Clock clock, Predicate<String> known) {
        this.clock = clock;
        this.known = known;
    }

    public boolean isLocked(String username) {
        return lockedAt(byUser.get(key(username)), clock.instant());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = key(event.getAuthentication().getName());
        if (known.test(name)) {
            byUser.merge(name, new Failures(1, null), (was, one) -> next(was));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        byUser.remove(key(event.getAuthentication().getName()));
    }

    private Failures next(Failures was) {
        int count = was.count() + 1;
        if (count < FREE_FAILURES) {
            return new Failures(count, null);
        }
        long doublings = Math.min(count - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return new Failures(count, clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
    }

    private static boolean lockedAt(Failures failures, Instant now) {
        return failures != null && failures.lockedUntil() != null && now.isBefore(failures.lockedUntil());
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}

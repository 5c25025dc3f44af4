package id.serasi.whistleblowing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of receipt codes: a client (the portal passes its network address, kept in memory only,
 * never logged or stored) that gets {@code max-failures} codes wrong within {@code failure-window} is refused every
 * code, right or wrong, for {@code lockout}. A right code does not reset the count, so a reporter's own code cannot
 * be used to keep guessing.
 */
@Component
public class ReceiptGuard {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Attempts> clients = new HashMap<>();

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
    }

    @Autowired
    ReceiptGuard(@Value("${serasi.portal.max-failures:10}") int maxFailures,
                 @Value("${serasi.portal.failure-window:PT15M}") Duration window,
                 @Value("${serasi.portal.lockout:PT15M}") Duration lockout) {
        this(maxFailures, window, lockout, Clock.systemUTC());
    }

    ReceiptGuard(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long the client must wait before any code is checked again; empty when it may try now. */
    public synchronized Optional<Duration> waitFor(String client) {
        Attempts attempts = clients.get(client);
        Instant now = clock.instant();
        if (attempts == null || !now.isBefore(attempts.lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, attempts.lockedUntil));
    }

    synchronized void failed(String client) {
        Instant now = clock.instant();
        forgetOld(now);
        Attempts attempts = clients.computeIfAbsent(client, c -> new Attempts());
        attempts.failures.addLast(now);
        if (attempts.failures.size() >= maxFailures) {
            attempts.lockedUntil = now.plus(lockout);
            attempts.failures.clear();
        }
    }

    private void forgetOld(Instant now) {
        Instant horizon = now.minus(window);
        clients.values().forEach(a -> {
            while (!a.failures.isEmpty() && a.failures.peekFirst().isBefore(horizon)) {
                a.failures.removeFirst();
            }
        });
        clients.values().removeIf(a -> a.failures.isEmpty() && !now.isBefore(a.lockedUntil));
    }
}

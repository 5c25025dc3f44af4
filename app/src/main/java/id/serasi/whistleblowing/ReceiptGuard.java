package id.serasi.whistleblowing;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of receipt codes: a client (the portal passes its network address; {@link PortalLimits}
 * keeps only a keyed hash of it, shared by every node) that gets {@code max-failures} codes wrong within one
 * {@code failure-window} (windows counted from its first wrong code) is refused every code, right or wrong, for
 * {@code lockout}, then starts afresh. A right code does not reset the count, so a reporter's own code cannot be
 * used to keep guessing.
 */
@Component
public class ReceiptGuard {

    static final String FAILURES = "receipt-failures";
    static final String LOCKOUT = "receipt-lockout";

    private final PortalLimits limits;
    private final BucketConfiguration failures;
    private final BucketConfiguration lockout;

    ReceiptGuard(PortalLimits limits, @Value("${serasi.portal.max-failures}") int maxFailures,
                 @Value("${serasi.portal.failure-window}") Duration window,
                 @Value("${serasi.portal.lockout}") Duration lockout) {
        this.limits = limits;
        this.failures = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(maxFailures).refillIntervally(maxFailures, window).build())
                .build();
        // one token that takes exactly the lockout to come back once taken
        this.lockout = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, lockout).build()).build();
    }

    /** How long the client must wait before any code is checked again; empty when it may try now. */
    public Optional<Duration> waitFor(String client) {
        if (!limits.holds(LOCKOUT, client)) {
            return Optional.empty();
        }
        EstimationProbe probe = limits.bucket(LOCKOUT, client, lockout).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    void failed(String client) {
        ConsumptionProbe probe = limits.bucket(FAILURES, client, failures).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed() || probe.getRemainingTokens() == 0) {
            limits.bucket(LOCKOUT, client, lockout).tryConsume(1);
            limits.bucket(FAILURES, client, failures).reset();
        }
    }
}

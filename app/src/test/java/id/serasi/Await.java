package id.serasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for what happens in the background (indexing, timers, other JVMs), with a deadline. */
public final class Await {

    private Await() {
    }

    /** Polls {@code done} every 100 ms; fails, naming {@code what}, when it is still false after {@code within}. */
    public static void until(String what, Duration within, BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as(what).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

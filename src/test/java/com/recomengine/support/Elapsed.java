package com.recomengine.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;

/** How long a change took to show: polled every 20 ms, capped at five seconds (a cap the assertions then exceed). */
public final class Elapsed {

    private static final Duration GIVE_UP = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(20);

    private Elapsed() {}

    /** How long after {@code since} (a {@link System#nanoTime()}) the condition first held; 5 s if it never did. */
    public static Duration until(BooleanSupplier condition, long since) {
        if (condition.getAsBoolean()) {
            return Duration.ofNanos(System.nanoTime() - since);
        }
        Duration left = GIVE_UP.minusNanos(System.nanoTime() - since);
        if (left.compareTo(POLL) <= 0) {
            return GIVE_UP;
        }
        // the moment the condition held, taken before Awaitility's own bookkeeping
        AtomicLong heldAt = new AtomicLong();
        try {
            await().dontCatchUncaughtExceptions()
                    .pollDelay(POLL)
                    .pollInterval(POLL)
                    .atMost(left)
                    .pollInSameThread()
                    .until(() -> {
                        if (!condition.getAsBoolean()) {
                            return false;
                        }
                        heldAt.set(System.nanoTime());
                        return true;
                    });
        } catch (ConditionTimeoutException neverHeld) {
            return GIVE_UP;
        }
        return Duration.ofNanos(heldAt.get() - since);
    }
}

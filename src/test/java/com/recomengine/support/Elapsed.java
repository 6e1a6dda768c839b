package com.recomengine.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** How long a change took to show: polled every 20 ms, capped at five seconds (a cap the assertions then exceed). */
public final class Elapsed {

    private static final Duration GIVE_UP = Duration.ofSeconds(5);

    private Elapsed() {}

    /** How long after {@code since} (a {@link System#nanoTime()}) the condition first held; 5 s if it never did. */
    public static Duration until(BooleanSupplier condition, long since) {
        long deadline = since + GIVE_UP.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return GIVE_UP;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - since);
    }
}

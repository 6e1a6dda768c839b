package com.recomengine.catalog.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Stamps writes that carry no {@code dataVersion}: microseconds since the epoch, strictly increasing on this
 * instance, so that an unversioned write always follows the ones made before it.
 */
@Component
class VersionClock {

    private final AtomicLong last = new AtomicLong();

    long next() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return last.accumulateAndGet(now, (previous, candidate) -> Math.max(previous + 1, candidate));
    }
}

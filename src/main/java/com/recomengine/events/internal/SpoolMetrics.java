package com.recomengine.events.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Spool meters: events spooled while PostgreSQL was unreachable ({@code recomengine.events.spooled}), events drained
 * from the spool into PostgreSQL ({@code recomengine.events.drained}), and the entries still waiting
 * ({@code recomengine.events.spool.backlog}, read from Redis at each scrape).
 */
@Component
class SpoolMetrics {

    private final Counter spooled;
    private final Counter drained;

    SpoolMetrics(MeterRegistry registry, InteractionSpool spool) {
        this.spooled = Counter.builder("recomengine.events.spooled")
                .description("Events accepted into the Redis spool while PostgreSQL was unreachable")
                .register(registry);
        this.drained = Counter.builder("recomengine.events.drained")
                .description("Spooled events stored in PostgreSQL by the drain")
                .register(registry);
        Gauge.builder("recomengine.events.spool.backlog", spool, s -> {
                    long depth = s.depth();
                    return depth < 0 ? Double.NaN : depth;
                })
                .description("Spool entries (requests) still to store")
                .register(registry);
    }

    void spooled(int events) {
        spooled.increment(events);
    }

    void drained(int events) {
        drained.increment(events);
    }
}

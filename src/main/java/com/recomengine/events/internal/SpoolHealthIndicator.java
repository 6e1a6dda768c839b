package com.recomengine.events.internal;

import com.recomengine.platform.RedisLink;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The ingestion spool's line in {@code /ready}: the entries still to store. It informs; it never turns an instance
 * out of the load balancer, which only PostgreSQL and Redis decide. {@code UNKNOWN} without Redis or while Redis
 * fails.
 */
@Component
@RequiredArgsConstructor
class SpoolHealthIndicator implements HealthIndicator {

    private final InteractionSpool spool;
    private final RedisLink redis;

    @Override
    public Health health() {
        long depth = redis.configured() ? spool.depth() : -1;
        return depth < 0
                ? Health.unknown().build()
                : Health.up().withDetail("entries", depth).build();
    }
}

package com.recomengine.platform.internal.ops;

import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.RedisLink;
import java.util.Set;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Actuator's health groups answer {@code /health} (liveness: the process answers) and {@code /ready} (readiness:
 * PostgreSQL, Redis and the modules' own indicators, such as the ingestion spool's backlog); see
 * {@code management.endpoint.health.group.*} in {@code application.properties}. Either PostgreSQL or Redis down is
 * {@link #DEGRADED} and the instance still takes traffic: every Redis use has a fallback, and while PostgreSQL is
 * down ingestion spools to Redis and cached answers are served. Only nothing up is {@code DOWN} (503).
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /** Some dependencies down, others up: served from fallbacks, still in the load balancer (HTTP 200). */
    static final Status DEGRADED = new Status("DEGRADED");

    /** Not asked while the circuit is open: its probe already does, and the answer would wait on the pool. */
    @Bean
    HealthIndicator postgresHealthIndicator(JdbcTemplate jdbc, DatabaseCircuit database) {
        return () -> {
            if (database.isOpen()) {
                return Health.down().build();
            }
            try {
                Integer one = jdbc.queryForObject("SELECT 1", Integer.class);
                return one != null && one == 1
                        ? Health.up().build()
                        : Health.down().build();
            } catch (RuntimeException e) {
                database.markUnreachable(e);
                return Health.down().build();
            }
        };
    }

    /** {@code UNKNOWN} when no Redis is configured (a single instance may run without it). */
    @Bean
    HealthIndicator redisHealthIndicator(RedisLink redis) {
        return () -> !redis.configured()
                ? Health.unknown().build()
                : redis.ping() ? Health.up().build() : Health.down().build();
    }

    @Bean
    StatusAggregator statusAggregator() {
        return HealthConfiguration::aggregate;
    }

    /** Down and up together: degraded; down and nothing up: down; otherwise up (unknown lines only inform). */
    static Status aggregate(Set<Status> statuses) {
        boolean up = statuses.contains(Status.UP) || statuses.contains(DEGRADED);
        boolean down = statuses.contains(Status.DOWN) || statuses.contains(Status.OUT_OF_SERVICE);
        if (down) {
            return up ? DEGRADED : Status.DOWN;
        }
        return up || statuses.isEmpty() ? Status.UP : Status.UNKNOWN;
    }
}

package com.recomengine.platform.internal.ops;

import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.ReadinessCheck;
import com.recomengine.platform.RedisLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /health}: the process answers. {@code /ready}: {@code UP} when PostgreSQL and Redis answer. Either one down
 * is {@code DEGRADED} and the instance still takes traffic: every Redis use has a fallback, and while PostgreSQL is
 * down ingestion spools to Redis and cached answers are served. Only both down is {@code DOWN} (503). Modules add
 * their own lines through {@link ReadinessCheck} (the spool backlog).
 */
@RestController
@Tag(name = "Operations", description = "Liveness and readiness of an instance, for load balancers and orchestrators")
class HealthController {

    private final JdbcTemplate jdbc;
    private final RedisLink redis;
    private final DatabaseCircuit database;
    private final List<ReadinessCheck> checks;

    HealthController(JdbcTemplate jdbc, RedisLink redis, DatabaseCircuit database, List<ReadinessCheck> checks) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.database = database;
        this.checks = checks;
    }

    @GetMapping("/health")
    @Operation(summary = "Liveness: the process is up")
    Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @GetMapping("/ready")
    @Operation(summary = "Readiness: PostgreSQL, Redis and the ingestion spool's backlog")
    ResponseEntity<Map<String, Object>> ready() {
        String postgres = postgres();
        String redisState = redis();
        boolean postgresUp = "UP".equals(postgres);
        String status = postgresUp && !"DOWN".equals(redisState)
                ? "UP"
                : postgresUp || "UP".equals(redisState) ? "DEGRADED" : "DOWN";
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("postgres", postgres);
        found.put("redis", redisState);
        checks.forEach(check -> found.put(check.name(), check.state()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("checks", found);
        return ResponseEntity.status("DOWN".equals(status) ? 503 : 200).body(body);
    }

    /** Not asked while the circuit is open: its probe already does, and the answer would wait on the pool. */
    private String postgres() {
        if (database.isOpen()) {
            return "DOWN";
        }
        try {
            Integer one = jdbc.queryForObject("SELECT 1", Integer.class);
            return one != null && one == 1 ? "UP" : "DOWN";
        } catch (RuntimeException e) {
            database.markUnreachable(e);
            return "DOWN";
        }
    }

    private String redis() {
        if (!redis.configured()) {
            return "NOT_CONFIGURED";
        }
        return redis.ping() ? "UP" : "DOWN";
    }
}

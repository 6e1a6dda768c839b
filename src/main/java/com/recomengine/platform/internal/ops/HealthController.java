package com.recomengine.platform.internal.ops;

import com.recomengine.platform.RedisLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /health}: the process answers. {@code /ready}: PostgreSQL answers (else 503); Redis down or absent is
 * reported as {@code DEGRADED} but the instance still takes traffic, because every Redis use has a fallback.
 */
@RestController
@Tag(name = "Operations")
class HealthController {

    private final JdbcTemplate jdbc;
    private final RedisLink redis;

    HealthController(JdbcTemplate jdbc, RedisLink redis) {
        this.jdbc = jdbc;
        this.redis = redis;
    }

    @GetMapping("/health")
    @Operation(summary = "Liveness: the process is up")
    Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @GetMapping("/ready")
    @Operation(summary = "Readiness: PostgreSQL and Redis")
    ResponseEntity<Map<String, Object>> ready() {
        String postgres = postgres();
        String redisState = redis();
        Map<String, Object> body = new LinkedHashMap<>();
        String status = !"UP".equals(postgres) ? "DOWN" : "DOWN".equals(redisState) ? "DEGRADED" : "UP";
        body.put("status", status);
        body.put("checks", Map.of("postgres", postgres, "redis", redisState));
        return ResponseEntity.status("DOWN".equals(status) ? 503 : 200).body(body);
    }

    private String postgres() {
        try {
            Integer one = jdbc.queryForObject("SELECT 1", Integer.class);
            return one != null && one == 1 ? "UP" : "DOWN";
        } catch (RuntimeException e) {
            return "DOWN";
        }
    }

    private String redis() {
        if (!redis.configured()) {
            return "NOT_CONFIGURED";
        }
        try {
            return "PONG".equals(redis.connect().sync().ping()) ? "UP" : "DOWN";
        } catch (RuntimeException e) {
            redis.markFailed(e);
            return "DOWN";
        }
    }
}

package com.recomengine.experiments.internal;

import com.recomengine.experiments.Assignment;
import com.recomengine.experiments.Experiments;
import com.recomengine.experiments.Variant;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The {@link Experiments} facade: every running experiment and every promoted placement default of all tenants,
 * held in memory and reloaded from PostgreSQL every {@code refresh-interval} (500 ms by default) on each instance,
 * and at once after a change made here. Both tables stay small (one running experiment per placement, one row per
 * promoted placement), so a whole snapshot is cheaper and simpler than per-key caching, and a call never waits
 * for the database. If a reload fails, the last snapshot keeps serving.
 */
@Component
class LiveExperiments implements Experiments {

    private static final Logger log = LoggerFactory.getLogger(LiveExperiments.class);
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private record Key(UUID tenantId, String placementId) {}

    private record Running(
            UUID experimentId,
            int trafficSplit,
            String controlStrategy,
            String variantStrategy,
            boolean variantRules) {}

    private record Snapshot(Map<Key, Running> running, Map<Key, String> defaults) {}

    private final JdbcTemplate jdbc;
    private final TaskScheduler scheduler;
    private final ExperimentsProperties properties;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of());
    private volatile boolean primed;

    LiveExperiments(
            JdbcTemplate jdbc, TaskScheduler scheduler, ExperimentsProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.properties = properties;
        Gauge.builder(
                        "recomengine.experiments.running",
                        this,
                        live -> live.snapshot.running().size())
                .description("Experiments running across all tenants, as this instance sees them")
                .register(meters);
    }

    @Override
    public Optional<Assignment> assignmentFor(TenantId tenant, String placementId, String userId) {
        Running running = current().running().get(new Key(tenant.value(), placementId));
        if (running == null || userId.isBlank()) {
            return Optional.empty();
        }
        Variant variant = Buckets.assign(running.experimentId().toString(), userId, running.trafficSplit());
        return Optional.of(
                variant == Variant.CONTROL
                        ? new Assignment(running.experimentId(), variant, running.controlStrategy(), true)
                        : new Assignment(
                                running.experimentId(), variant, running.variantStrategy(), running.variantRules()));
    }

    @Override
    public Optional<String> placementDefault(TenantId tenant, String placementId) {
        return Optional.ofNullable(current().defaults().get(new Key(tenant.value(), placementId)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void startRefreshing() {
        refreshQuietly();
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, properties.refreshInterval());
    }

    /** Reloads now; called after a local change commits so that this instance sees it without delay. */
    void refresh() {
        // This instance's routing table of every tenant's running experiments and placement defaults.
        TenantScope.acrossTenants("the running experiments of every tenant", this::reload);
    }

    private void reload() {
        Map<Key, Running> running = new HashMap<>();
        jdbc.query(
                "SELECT id, tenant_id, placement_id, traffic_split, control_strategy, variant_strategy, "
                        + "variant_rules FROM experiments WHERE status = 'RUNNING'",
                rs -> {
                    running.put(
                            new Key(rs.getObject("tenant_id", UUID.class), rs.getString("placement_id")),
                            new Running(
                                    rs.getObject("id", UUID.class),
                                    rs.getInt("traffic_split"),
                                    rs.getString("control_strategy"),
                                    rs.getString("variant_strategy"),
                                    rs.getBoolean("variant_rules")));
                });
        Map<Key, String> defaults = new HashMap<>();
        jdbc.query("SELECT tenant_id, placement_id, strategy FROM placement_defaults", rs -> {
            defaults.put(
                    new Key(rs.getObject("tenant_id", UUID.class), rs.getString("placement_id")),
                    rs.getString("strategy"));
        });
        snapshot = new Snapshot(Map.copyOf(running), Map.copyOf(defaults));
        primed = true;
    }

    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            long last = lastWarning.get();
            if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
                log.warn("Could not reload running experiments; serving the last snapshot: {}", e.toString());
            }
        }
    }

    private Snapshot current() {
        if (!primed) {
            prime();
        }
        return snapshot;
    }

    /**
     * Only between start-up and the first reload: a request must not see "no experiment" by accident. One attempt,
     * whatever its outcome; if the database is down, the scheduled reloads keep trying off the request path.
     */
    private synchronized void prime() {
        if (!primed) {
            refreshQuietly();
            primed = true;
        }
    }
}

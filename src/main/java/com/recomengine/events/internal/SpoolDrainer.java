package com.recomengine.events.internal;

import com.recomengine.events.internal.InteractionSpool.Spooled;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.RedisLink;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Stores what the spool holds once PostgreSQL answers again. Every instance drains, as one consumer of the group
 * {@code ingest}: first its own entries left unacknowledged by a failed drain, then entries abandoned by a consumer
 * that died ({@code XAUTOCLAIM} after {@code claimIdle}), then new ones. Every {@code claimIdle} it also removes
 * the consumers of stopped instances once they hold nothing, so the group does not gain one per restart. Rows go through the same group-commit
 * writer as a request's (so {@code ON CONFLICT DO NOTHING} stores a replayed event once, and InteractionsRecorded,
 * the live counters and the dedup marker follow the commit as usual); only then is the entry deleted.
 */
@Component
@RequiredArgsConstructor
class SpoolDrainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SpoolDrainer.class);

    private final InteractionSpool spool;
    private final GroupCommitWriter writer;
    private final DatabaseCircuit database;
    private final RedisLink redis;
    private final SpoolMetrics metrics;
    private final SpoolProperties properties;
    private final EventsProperties events;
    private final String consumer = ManagementFactory.getRuntimeMXBean().getName() + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private volatile boolean groupReady;
    private long lastSweep = System.nanoTime();
    private Thread thread;

    private void run() {
        while (running) {
            if (!drainOnce()) {
                try {
                    Thread.sleep(properties.poll());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One round; answers whether it stored anything, in which case the next round follows at once. */
    boolean drainOnce() {
        if (!redis.usable() || database.isOpen()) {
            return false;
        }
        if (!groupReady && !spool.ensureGroup()) {
            return false;
        }
        groupReady = true;
        Optional<List<Spooled>> batch = spool.ownPending(consumer);
        if (batch.filter(List::isEmpty).isPresent()) {
            batch = spool.claimAbandoned(consumer);
            sweepDeadConsumers();
        }
        if (batch.filter(List::isEmpty).isPresent()) {
            batch = spool.fresh(consumer);
        }
        if (batch.isEmpty()) {
            // Redis did not answer, or answered an error such as NOGROUP (it restarted empty or was flushed): the
            // group is made again on the next round.
            groupReady = false;
            return false;
        }
        return store(batch.get());
    }

    private void sweepDeadConsumers() {
        long now = System.nanoTime();
        if (now - lastSweep < properties.claimIdle().toNanos()) {
            return;
        }
        lastSweep = now;
        long removed = spool.removeDeadConsumers(consumer);
        if (removed > 0) {
            log.info("Removed {} stopped consumer(s) from the spool's group", removed);
        }
    }

    private boolean store(List<Spooled> batch) {
        List<CompletableFuture<boolean[]>> writes = new ArrayList<>(batch.size());
        for (Spooled spooled : batch) {
            SpoolEntry entry = spooled.entry();
            writes.add(writer.write(entry.rows()));
        }
        List<String> stored = new ArrayList<>(batch.size());
        int events = 0;
        for (int i = 0; i < batch.size(); i++) {
            Spooled spooled = batch.get(i);
            try {
                writes.get(i).get(this.events.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
                stored.add(spooled.id());
                events += spooled.entry().rows().size();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof NonTransientDataAccessException refused
                        && !DatabaseCircuit.unreachable(refused)) {
                    log.error("PostgreSQL refuses spool entry {}; set aside", spooled.id(), refused);
                    spool.setAside(spooled.id(), spooled.fields());
                }
            } catch (TimeoutException e) {
                log.debug("Spool entry {} not stored in time; it stays pending", spooled.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        spool.remove(stored);
        metrics.drained(events);
        return !stored.isEmpty();
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("events-spool-drainer").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(events.writeTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the writer and stops before it, so that a drain in progress can still commit. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2047;
    }
}

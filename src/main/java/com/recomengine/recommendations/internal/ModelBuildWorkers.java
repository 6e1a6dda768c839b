package com.recomengine.recommendations.internal;

import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps models fresh: {@code builds.workers} threads on every instance take due tenants from the build queue one at
 * a time, stalest first, and build them. A large tenant occupies one worker while the others go on with the small
 * ones, and every instance added adds its workers. While PostgreSQL is unreachable the workers wait. Also asks
 * for a tenant's first models soon after it is first asked for recommendations.
 */
@Component
@RequiredArgsConstructor
class ModelBuildWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ModelBuildWorkers.class);
    private static final long FIRST_BUILD_RETRY_MILLIS = 60_000;

    private final BuildQueue queue;
    private final ModelBuilds builds;
    private final DatabaseCircuit database;
    private final RecommendationsProperties properties;
    private final ConcurrentHashMap<TenantId, Long> firstBuildAsked = new ConcurrentHashMap<>();
    private final Semaphore firstBuilds = new Semaphore(1);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    /**
     * A tenant without models was asked for recommendations: build it in the background now (at most once a minute,
     * one such build at a time here, and not when another instance holds it), rather than when a worker gets to it.
     */
    void firstBuildSoon(TenantId tenant) {
        long now = System.currentTimeMillis();
        Long asked = firstBuildAsked.get(tenant);
        if ((asked != null && now - asked < FIRST_BUILD_RETRY_MILLIS) || database.isOpen()) {
            return;
        }
        firstBuildAsked.put(tenant, now);
        Thread.ofVirtual().name("reco-first-build").start(() -> {
            if (!firstBuilds.tryAcquire()) {
                return;
            }
            try {
                claimed(tenant).ifPresent(this::buildQuietly);
            } finally {
                firstBuilds.release();
            }
        });
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.builds().workers(); i++) {
            workers.add(Thread.ofPlatform().daemon().name("model-build-" + i).start(this::work));
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        pause(properties.firstBuildDelay());
        while (running) {
            Optional<BuildLease> claimed = database.isOpen()
                    ? Optional.empty()
                    : claimQuietly(
                            () -> TenantScope.acrossTenants("claiming the stalest due model build", queue::claimNext));
            if (claimed.isPresent()) {
                buildQuietly(claimed.get());
            } else {
                pause(jittered(properties.builds().poll()));
            }
        }
    }

    private Optional<BuildLease> claimed(TenantId tenant) {
        return claimQuietly(() -> TenantScope.call(tenant, () -> queue.claim(tenant)));
    }

    private Optional<BuildLease> claimQuietly(Supplier<Optional<BuildLease>> claim) {
        try {
            return claim.get();
        } catch (RuntimeException e) {
            if (running && !database.markUnreachable(e)) {
                log.warn("Could not look for due model builds: {}", e.toString());
            }
            return Optional.empty();
        }
    }

    private void buildQuietly(BuildLease lease) {
        try {
            TenantScope.run(lease.tenant(), () -> builds.build(lease));
        } catch (ProblemException e) {
            log.info("Model build of tenant {} refused: {}", lease.tenant(), e.getMessage());
        } catch (RuntimeException e) {
            if (!database.markUnreachable(e)) {
                log.warn("Model build of tenant {} failed", lease.tenant(), e);
            }
        }
    }

    /** Idle workers of several instances do not all look at the same moment. */
    private static Duration jittered(Duration poll) {
        long millis = poll.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

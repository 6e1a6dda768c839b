package com.recomengine.recommendations.internal;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps models fresh: every {@code build-interval} (15 minutes by default), on one instance only, rebuilds the
 * tenants whose interactions or catalog changed since their last build (and, every {@code rebuild-after}, the
 * active ones whose trending and popular windows moved on). Also builds a tenant's first models soon after it is
 * first asked for recommendations, rather than at the next tick.
 */
@Component
class ModelBuildJob {

    private static final Logger log = LoggerFactory.getLogger(ModelBuildJob.class);
    private static final long FIRST_BUILD_RETRY_MILLIS = 60_000;

    private final ModelStore store;
    private final ModelBuilds builds;
    private final RecommendationsProperties properties;
    private final ConcurrentHashMap<TenantId, Long> firstBuildAsked = new ConcurrentHashMap<>();
    private final Semaphore firstBuilds = new Semaphore(1);

    ModelBuildJob(ModelStore store, ModelBuilds builds, RecommendationsProperties properties) {
        this.store = store;
        this.builds = builds;
        this.properties = properties;
    }

    @Scheduled(
            initialDelayString = "${recomengine.recommendations.first-build-delay:1m}",
            fixedDelayString = "${recomengine.recommendations.build-interval:15m}")
    @SchedulerLock(name = "recommendations-model-builds", lockAtMostFor = "PT1H")
    void buildChangedTenants() {
        for (TenantId tenant : store.due(properties.rebuildAfter(), properties.maxHistory())) {
            buildQuietly(tenant);
        }
    }

    /** A tenant without models was asked for recommendations: build it in the background (at most once a minute). */
    void firstBuildSoon(TenantId tenant) {
        long now = System.currentTimeMillis();
        Long asked = firstBuildAsked.get(tenant);
        if (asked != null && now - asked < FIRST_BUILD_RETRY_MILLIS) {
            return;
        }
        firstBuildAsked.put(tenant, now);
        Thread.ofVirtual().name("reco-first-build").start(() -> {
            if (firstBuilds.tryAcquire()) {
                try {
                    buildQuietly(tenant);
                } finally {
                    firstBuilds.release();
                }
            }
        });
    }

    private void buildQuietly(TenantId tenant) {
        try {
            builds.build(tenant, Instant.now());
        } catch (ProblemException e) {
            log.debug("Skipped a model build of tenant {}: {}", tenant, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Model build of tenant {} failed", tenant, e);
        }
    }
}

package com.recomengine.events.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Redis work that follows a commit: marking the requests as committed for the dedup fast path and adding the new
 * events to the live counters. It runs on its own thread, never on the path of an answer; when it cannot keep up (Redis
 * slow or down) work is dropped: the database still holds the truth and still deduplicates.
 */
@Component
@RequiredArgsConstructor
class AfterCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private final RedisDedup dedup;
    private final LiveCounters counters;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000),
            Thread.ofPlatform().name("events-after-commit").daemon(true).factory(),
            (task, pool) -> log.debug("After-commit Redis work dropped: queue full"));

    /** {@code claims}: the requests whose rows are now committed; {@code added}: the rows this flush inserted. */
    void committed(List<RedisDedup.Claim> claims, List<IncomingInteraction> added) {
        executor.execute(() -> {
            dedup.markCommitted(claims);
            counters.add(added);
        });
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(2, TimeUnit.SECONDS);
    }
}

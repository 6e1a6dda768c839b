package com.recomengine.events.internal;

import com.recomengine.events.internal.IncomingInteraction.RowKey;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: requests hand their rows to a queue and wait; a few writer threads each take everything queued
 * (up to about {@code maxRowsPerFlush} rows), ask Redis in one round trip which rows are known to be stored
 * ({@link RedisDedup}), and store the rest with one {@code INSERT … SELECT FROM unnest(…) ON CONFLICT DO
 * NOTHING RETURNING} in one transaction, which also records the {@code InteractionsRecorded} publications. Only
 * after that commit does each request learn which of its rows were new. Under load a flush carries many requests,
 * so the cost of a commit (and its fsync) is shared; when idle a request is written at once. A failure to reach
 * PostgreSQL opens the {@link DatabaseCircuit}; while it is open, flushes fail at once (their requests spool).
 */
@Component
class GroupCommitWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final String NO_PARTITION = "23514";

    private final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Partitions partitions;
    private final RecordedPublisher recorded;
    private final RedisDedup dedup;
    private final AfterCommit afterCommit;
    private final IngestionMetrics metrics;
    private final EventsProperties properties;
    private final DatabaseCircuit database;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    GroupCommitWriter(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Partitions partitions,
            RecordedPublisher recorded,
            RedisDedup dedup,
            AfterCommit afterCommit,
            IngestionMetrics metrics,
            EventsProperties properties,
            DatabaseCircuit database) {
        this.jdbc = jdbc;
        // The application's transaction manager: the publication registry stores InteractionsRecorded for its
        // @ApplicationModuleListener listeners through @Transactional methods bound to it, which refuse to join a
        // transaction of a separate DataSourceTransactionManager ("Pre-bound JDBC Connection found").
        this.transactions = new TransactionTemplate(transactionManager);
        this.partitions = partitions;
        this.recorded = recorded;
        this.dedup = dedup;
        this.afterCommit = afterCommit;
        this.metrics = metrics;
        this.properties = properties;
        this.database = database;
    }

    /** One request's rows (of one tenant), and the answer it waits for: per row, whether it was new. */
    record Submission(List<IncomingInteraction> rows, CompletableFuture<boolean[]> done) {}

    /**
     * Queues rows for the next flush; the future completes after their commit (a row is new unless Redis or the
     * unique index knew it, or an earlier request of the same flush carried it), or fails if they were not stored.
     */
    CompletableFuture<boolean[]> write(List<IncomingInteraction> rows) {
        CompletableFuture<boolean[]> done = new CompletableFuture<>();
        if (rows.isEmpty()) {
            done.complete(new boolean[0]);
        } else if (!running) {
            done.completeExceptionally(Problems.unavailable("The server is shutting down; retry on another instance."));
        } else {
            queue.add(new Submission(rows, done));
        }
        return done;
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Submission first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    flush(gather(first));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Events writer failed unexpectedly; it carries on", e);
            }
        }
    }

    /** The first submission and whatever else is queued, up to about {@code maxRowsPerFlush} rows. */
    private List<Submission> gather(Submission first) {
        List<Submission> group = new ArrayList<>();
        group.add(first);
        int rows = first.rows().size();
        Submission next;
        while (rows < properties.maxRowsPerFlush() && (next = queue.poll()) != null) {
            group.add(next);
            rows += next.rows().size();
        }
        return group;
    }

    private void flush(List<Submission> group) {
        if (database.isOpen()) {
            // Known unreachable: these requests spool at once instead of waiting on the pool.
            fail(group, new DataAccessResourceFailureException("PostgreSQL is unreachable"));
            return;
        }
        Claimed claimed = claim(group);
        List<IncomingInteraction> rows = FlushRows.toInsert(group, claimed.stored());
        Set<RowKey> inserted;
        long started = System.nanoTime();
        try {
            inserted = rows.isEmpty() ? Set.of() : store(rows);
        } catch (RuntimeException e) {
            database.markUnreachable(e);
            if (group.size() > 1 && !FlushRows.notTheRows(e)) {
                // One request's rows may be what PostgreSQL refused: retry each alone so that only it fails.
                group.forEach(submission -> flush(List.of(submission)));
                return;
            }
            log.warn("Could not store {} events: {}", rows.size(), e.toString());
            fail(group, e);
            return;
        }
        if (!rows.isEmpty()) {
            metrics.flushed(rows.size(), System.nanoTime() - started);
        }
        answer(group, claimed, inserted);
    }

    /** The flush's dedup claims (one per tenant) and the rows Redis knows to be stored already. */
    private record Claimed(List<RedisDedup.Claim> claims, Set<IncomingInteraction> stored) {}

    /** One Redis round trip for the whole flush, instead of one per request. */
    private Claimed claim(List<Submission> group) {
        Map<TenantId, List<IncomingInteraction>> byTenant = new LinkedHashMap<>();
        for (Submission submission : group) {
            for (IncomingInteraction row : submission.rows()) {
                byTenant.computeIfAbsent(row.tenant(), tenant -> new ArrayList<>())
                        .add(row);
            }
        }
        List<RedisDedup.Claim> claims = dedup.claim(byTenant);
        Set<IncomingInteraction> stored = Collections.newSetFromMap(new IdentityHashMap<>());
        int c = 0;
        for (List<IncomingInteraction> rows : byTenant.values()) {
            RedisDedup.Seen[] seen = claims.get(c++).seen();
            for (int i = 0; i < seen.length; i++) {
                if (seen[i] == RedisDedup.Seen.STORED) {
                    stored.add(rows.get(i));
                }
            }
        }
        return new Claimed(claims, stored);
    }

    private static void fail(List<Submission> group, RuntimeException failure) {
        group.forEach(submission -> submission.done().completeExceptionally(failure));
    }

    /** Completes every request: a row is new only for the first request that carried it in this flush. */
    private void answer(List<Submission> group, Claimed claims, Set<RowKey> inserted) {
        Set<RowKey> claimed = new HashSet<>();
        List<IncomingInteraction> added = new ArrayList<>();
        for (Submission submission : group) {
            boolean[] fresh = new boolean[submission.rows().size()];
            for (int i = 0; i < fresh.length; i++) {
                IncomingInteraction row = submission.rows().get(i);
                fresh[i] =
                        !claims.stored().contains(row) && inserted.contains(row.rowKey()) && claimed.add(row.rowKey());
                if (fresh[i]) {
                    added.add(row);
                }
            }
            submission.done().complete(fresh);
        }
        afterCommit.committed(claims.claims(), added);
    }

    private Set<RowKey> store(List<IncomingInteraction> rows) {
        partitions.ensureFor(rows.stream().map(row -> row.event().timestamp()).toList());
        try {
            return insertAndPublish(rows);
        } catch (DataAccessException e) {
            if (!NO_PARTITION.equals(FlushRows.sqlState(e))) {
                throw e;
            }
            // A month vanished under us (dropped by another instance's retention job): learn again and retry once.
            partitions.forget();
            partitions.ensureFor(
                    rows.stream().map(row -> row.event().timestamp()).toList());
            return insertAndPublish(rows);
        }
    }

    /**
     * When the connection breaks mid-insert, its rollback fails too, and the transaction template throws that
     * failure instead of the first; the first (the I/O error) is what says PostgreSQL became unreachable, so it is
     * the one thrown here.
     */
    private Set<RowKey> insertAndPublish(List<IncomingInteraction> rows) {
        AtomicReference<RuntimeException> first = new AtomicReference<>();
        try {
            return transactions.execute(status -> {
                try {
                    Set<RowKey> inserted = new HashSet<>();
                    // Row-level security: each tenant's rows go in under that tenant's setting (rows are in
                    // tenant order, so a flush of one tenant is one statement as before).
                    for (List<IncomingInteraction> ofTenant : FlushRows.byTenant(rows)) {
                        TenantScope.forRestOfTransaction(ofTenant.getFirst().tenant());
                        inserted.addAll(jdbc.execute((ConnectionCallback<Set<RowKey>>)
                                connection -> InteractionTable.insertNew(connection, ofTenant)));
                    }
                    recorded.publish(rows, inserted);
                    return inserted;
                } catch (RuntimeException e) {
                    first.set(e);
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            RuntimeException cause = first.get();
            if (cause != null && cause != e) {
                cause.addSuppressed(e);
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < Math.max(1, properties.writers()); i++) {
            Thread thread =
                    Thread.ofPlatform().name("events-writer-" + i).daemon(true).start(this::run);
            threads.add(thread);
        }
    }

    /** Stops taking rows, then writes what is queued: requests already waiting still get their answer. */
    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(properties.writeTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server has finished its in-flight requests, and before the database pool closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}

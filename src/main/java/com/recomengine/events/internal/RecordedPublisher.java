package com.recomengine.events.internal;

import com.recomengine.events.InteractionsRecorded;
import com.recomengine.events.internal.IncomingInteraction.RowKey;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link InteractionsRecorded} inside a flush's transaction, so that the publication registry stores it
 * atomically with the rows: at most one per tenant per {@code recomengine.events.recorded-every} (250 ms). A flush
 * that comes sooner after the tenant's last publication adds its users and products to the tenant's pending
 * notification, which the next flush after the interval carries, or, when none comes, a publication of its own
 * every interval. So under load a tenant costs the registry four publications a second instead of one per flush
 * (measured: the registry and its listeners' bookkeeping were a quarter of the CPU of a one-event request).
 * Pending notifications go out at shutdown; a crash loses at most one interval of them (the rows are stored; the
 * listeners' work is cache invalidation, model-build and analytics staleness marks that the next ones catch up).
 * A zero interval publishes one per tenant per flush.
 */
@Component
class RecordedPublisher implements SmartLifecycle {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final long everyNanos;
    private final Map<TenantId, Touched> pending = new HashMap<>();
    private final Map<TenantId, Long> lastPublished = new HashMap<>();
    private volatile boolean running;

    RecordedPublisher(
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            @Value("${recomengine.events.recorded-every:250ms}") Duration every) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.everyNanos = every.toNanos();
    }

    /** Called inside the flush's transaction with the rows it inserted. */
    void publish(List<IncomingInteraction> rows, Set<RowKey> inserted) {
        Map<TenantId, Touched> byTenant = new LinkedHashMap<>();
        for (IncomingInteraction row : rows) {
            if (inserted.contains(row.rowKey())) {
                byTenant.computeIfAbsent(row.tenant(), t -> new Touched()).add(row);
            }
        }
        Map<TenantId, Touched> due = new LinkedHashMap<>();
        synchronized (this) {
            long now = System.nanoTime();
            byTenant.forEach((tenant, touched) -> {
                Touched merged = pending.merge(tenant, touched, Touched::with);
                Long last = lastPublished.get(tenant);
                if (last == null || now - last >= everyNanos) {
                    pending.remove(tenant);
                    lastPublished.put(tenant, now);
                    due.put(tenant, merged);
                }
            });
        }
        if (due.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        keep(due); // not stored with the rows that did commit before: carried by a later one
                    }
                }
            });
        }
        due.forEach((tenant, touched) -> events.publishEvent(touched.event(tenant)));
    }

    /** The pending notifications older than the interval, each in a transaction of its own. */
    @Scheduled(fixedDelayString = "${recomengine.events.recorded-every:250ms}")
    void publishPending() {
        publishPending(false);
    }

    private void publishPending(boolean all) {
        Map<TenantId, Touched> due = new LinkedHashMap<>();
        synchronized (this) {
            long now = System.nanoTime();
            for (TenantId tenant : new ArrayList<>(pending.keySet())) {
                Long last = lastPublished.get(tenant);
                if (all || last == null || now - last >= everyNanos) {
                    due.put(tenant, pending.remove(tenant));
                    lastPublished.put(tenant, now);
                }
            }
            lastPublished.values().removeIf(last -> now - last > 60 * everyNanos + 60_000_000_000L);
        }
        due.forEach((tenant, touched) -> {
            try {
                transactions.executeWithoutResult(status -> events.publishEvent(touched.event(tenant)));
            } catch (RuntimeException e) {
                keep(Map.of(tenant, touched));
                throw e;
            }
        });
    }

    private synchronized void keep(Map<TenantId, Touched> unsent) {
        unsent.forEach((tenant, touched) -> pending.merge(tenant, touched, Touched::with));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Publishes every pending notification: shutdown loses none. */
    @Override
    public void stop() {
        running = false;
        publishPending(true);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped after the group-commit writer has written what was queued, before the database pool closes. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    private static final class Touched {
        final Set<String> users = new LinkedHashSet<>();
        final Set<String> products = new LinkedHashSet<>();
        int count;
        Instant earliest = Instant.MAX;
        Instant latest = Instant.MIN;

        void add(IncomingInteraction row) {
            users.add(row.event().userId());
            if (row.event().productId() != null) {
                products.add(row.event().productId());
            }
            count++;
            earliest = row.event().timestamp().isBefore(earliest) ? row.event().timestamp() : earliest;
            latest = row.event().timestamp().isAfter(latest) ? row.event().timestamp() : latest;
        }

        Touched with(Touched other) {
            users.addAll(other.users);
            products.addAll(other.products);
            count += other.count;
            earliest = other.earliest.isBefore(earliest) ? other.earliest : earliest;
            latest = other.latest.isAfter(latest) ? other.latest : latest;
            return this;
        }

        InteractionsRecorded event(TenantId tenant) {
            return new InteractionsRecorded(tenant, Set.copyOf(users), Set.copyOf(products), count, earliest, latest);
        }
    }
}

package com.recomengine.analytics.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.events.Interactions;
import com.recomengine.events.LiveCounts;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Figures of a day that is not (or not yet) in the daily tables: today, or a recent day before the nightly job ran.
 *
 * <p>Two sources, each good at something: the events table has every dimension and the attribution, but a query
 * over a day costs a few hundred milliseconds; the live counters in Redis are current to the last commit and cost
 * one {@code HGETALL}, but have neither the arm, nor products, nor attribution, and are lost with Redis. So a
 * snapshot from the events table is kept per tenant and day and re-read in the background when older than {@code
 * live-refresh} (the stale one serves meanwhile), and on every read the counters lift each placement × strategy's
 * impressions, clicks, conversions and revenue to theirs where they are ahead (events stored since the snapshot).
 * Where the counters are behind — Redis was flushed or down — the snapshot stands; with no counters at all (no
 * Redis) the snapshot is the answer. The lift goes to the group's only arm, or else to the arm {@code -}, until the
 * next snapshot places it.
 */
@Component
class LiveDays {

    private record Key(TenantId tenant, LocalDate day) {}

    private final Interactions interactions;
    private final LoadingCache<Key, DayFigures> snapshots;

    LiveDays(Interactions interactions, DayAggregation aggregation, AnalyticsProperties properties) {
        this.interactions = interactions;
        this.snapshots = Caffeine.newBuilder()
                .refreshAfterWrite(properties.liveRefresh())
                .expireAfterAccess(properties.liveRefresh().plus(Duration.ofMinutes(5)))
                .maximumSize(10_000)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build(key -> TenantScope.call(key.tenant(), () -> aggregation.aggregate(key.tenant(), key.day())));
    }

    DayFigures figures(TenantId tenant, LocalDate day) {
        DayFigures snapshot = snapshots.get(new Key(tenant, day));
        return lift(snapshot, interactions.liveCounts(tenant, day));
    }

    /** Forgets a tenant's snapshots (its purge, or a test that needs the next read to see the events table). */
    void forget(TenantId tenant) {
        snapshots.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
    }

    static DayFigures lift(DayFigures snapshot, List<LiveCounts> counters) {
        if (counters.isEmpty()) {
            return snapshot;
        }
        Map<GroupKey, GroupFigures> groups = new LinkedHashMap<>();
        snapshot.groups().forEach(group -> groups.put(group.key(), group));
        for (LiveCounts live : counters) {
            List<GroupFigures> arms = new ArrayList<>();
            Counts stored = Counts.ZERO;
            for (GroupFigures group : groups.values()) {
                if (group.key().placement().equals(live.placementId())
                        && group.key().strategy().equals(live.strategy())) {
                    arms.add(group);
                    stored = stored.plus(group.counts());
                }
            }
            Counts ahead = new Counts(
                    Math.max(0, live.impressions() - stored.impressions()),
                    Math.max(0, live.clicks() - stored.clicks()),
                    Math.max(0, live.conversions() - stored.conversions()),
                    Math.max(0, live.revenueCents() - stored.revenueCents()),
                    0,
                    0);
            if (ahead.equals(Counts.ZERO)) {
                continue;
            }
            GroupKey target = arms.size() == 1
                    ? arms.getFirst().key()
                    : new GroupKey(live.placementId(), live.strategy(), GroupKey.NONE);
            GroupFigures current = groups.get(target);
            groups.put(
                    target,
                    current == null
                            ? new GroupFigures(target, ahead, 0)
                            : new GroupFigures(target, current.counts().plus(ahead), current.users()));
        }
        return new DayFigures(snapshot.day(), List.copyOf(groups.values()), snapshot.products(), snapshot.totals());
    }
}

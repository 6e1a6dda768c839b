package com.recomengine.merchandising.internal;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.merchandising.Merchandising;
import com.recomengine.merchandising.PlacementRules;
import com.recomengine.merchandising.RuleContext;
import com.recomengine.merchandising.RuleView;
import com.recomengine.platform.ClusterMessages;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The {@link Merchandising} facade: each tenant's rules, compiled once when first asked for after a change and kept
 * here. A change evicts them on this instance and, over {@link ClusterMessages}, on every other one; a lost message
 * is made good by a background re-read every minute (a request never waits for it, and a failed re-read keeps the
 * rules known). While PostgreSQL is unreachable, a tenant whose rules are not in memory is answered without rules at
 * once. The clock decides the validity windows (a {@code Clock} bean replaces the system's one).
 */
@Service
public class RuleBook implements Merchandising {

    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);
    private static final String CHANGED = "merchandising.rules-changed";
    private static final Duration BACKSTOP = Duration.ofMinutes(1);

    private final RuleStore store;
    private final Conditions conditions;
    private final ClusterMessages channel;
    private final Clock clock;
    private final DatabaseCircuit database;
    private final LoadingCache<TenantId, RuleSet> compiled;
    private final Verdicts verdicts = new Verdicts(Verdicts.MAX_ENTRIES);

    RuleBook(
            RuleStore store,
            Conditions conditions,
            ClusterMessages channel,
            DatabaseCircuit database,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.conditions = conditions;
        this.channel = channel;
        this.database = database;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.compiled = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(BACKSTOP)
                .expireAfterAccess(Duration.ofHours(1))
                .build(new CacheLoader<>() {
                    @Override
                    public RuleSet load(TenantId tenant) {
                        return RuleBook.this.load(tenant);
                    }

                    @Override
                    public RuleSet reload(TenantId tenant, RuleSet current) {
                        // The background re-read keeps the compilation (and the outcomes remembered for it) when
                        // nothing changed.
                        RuleSet fresh = load(tenant);
                        return fresh.sameRulesAs(current) ? current : fresh;
                    }
                });
        channel.onMessage(CHANGED, fields -> fields.forEach(tenant -> compiled.invalidate(TenantId.of(tenant))));
    }

    @Override
    public PlacementRules rulesFor(TenantId tenant, RuleContext context) {
        return activeAt(tenant, context, clock.instant());
    }

    PlacementRules activeAt(TenantId tenant, RuleContext context, Instant now) {
        RuleSet set = all(tenant);
        if (set.isEmpty()) {
            return PlacementRules.NONE;
        }
        return new ActiveRules(
                set, set.rules().stream().filter(r -> r.inForce(now, context)).toList(), context, verdicts);
    }

    /** Forgets the tenant's compiled rules here and on the other instances. */
    void changed(TenantId tenant) {
        compiled.invalidate(tenant);
        channel.send(CHANGED, List.of(tenant.toString()));
    }

    private RuleSet all(TenantId tenant) {
        RuleSet known = compiled.getIfPresent(tenant);
        if (known != null) {
            return known;
        }
        if (database.isOpen()) {
            return RuleSet.EMPTY; // answers without rules are not cached; the rules load once PostgreSQL answers
        }
        try {
            // Loaded inside the cache's own computation: an eviction arriving meanwhile waits for it, then removes it.
            return compiled.get(tenant);
        } catch (DataAccessException e) {
            database.markUnreachable(e);
            log.debug("Rules of tenant {} not loaded: {}", tenant, e.getMessage());
            return RuleSet.EMPTY;
        }
    }

    private RuleSet load(TenantId tenant) {
        // also run by the background re-read, outside any request: the tenant's scope is entered here
        List<RuleView> stored = TenantScope.call(tenant, () -> store.all(tenant));
        List<CompiledRule> rules = new ArrayList<>(stored.size());
        for (RuleView rule : stored) {
            rules.add(CompiledRule.of(rules.size(), rule, conditions));
        }
        return RuleSet.of(rules);
    }
}

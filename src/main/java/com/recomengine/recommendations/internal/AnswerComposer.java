package com.recomengine.recommendations.internal;

import com.recomengine.catalog.Catalog;
import com.recomengine.merchandising.Merchandising;
import com.recomengine.merchandising.PlacementRules;
import com.recomengine.merchandising.RuleContext;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Computes an answer (a cache miss or a refresh): the tenant's served models, the shopper's history, then the
 * resolved strategy and its fallbacks until the list is full. A shopper without history and no anchor get the
 * generic lists at once (the personal strategies have nothing to start from); an anchor no interaction model
 * knows yet is answered by content similarity. A tenant with no model yet gets its first build started. While
 * PostgreSQL is unreachable the answer comes from the models and histories in memory and is not cached. The
 * placement's merchandising rules in force filter the candidates as they are gathered and arrange the final list;
 * a rotating placement's window of the shopper's impressions is read with their history.
 */
@Component
@RequiredArgsConstructor
class AnswerComposer {

    private final ServedModels served;
    private final Shoppers shoppers;
    private final Catalog catalog;
    private final Tenants tenants;
    private final StrategyBuilders builders;
    private final Invalidations invalidations;
    private final ModelBuildWorkers jobs;
    private final AutoTunings tunings;
    private final DatabaseCircuit database;
    private final Merchandising merchandising;

    Answer compose(Query query) {
        long startedAt = invalidations.tick();
        TenantSettings settings =
                tenants.settings(query.tenant()).orElseThrow(() -> Problems.notFound("Tenant", query.tenant()));
        ModelSet models = served.current(query.tenant());
        if (models.empty()) {
            jobs.firstBuildSoon(query.tenant());
        }
        Shopper shopper = query.userId() == null
                ? Shopper.ANONYMOUS
                : shoppers.of(query.tenant(), query.userId(), shownSince(query));
        Picking picking = new Picking(
                query,
                settings,
                models,
                shopper,
                catalog,
                builders.feedback(),
                query.strategy() == Strategy.AUTO ? tunings.recommender(query.tenant(), models) : null,
                rules(query));
        for (Strategy strategy : query.strategy().chain()) {
            if (picking.full()) {
                break;
            }
            picking.fillFrom(strategy);
        }
        // Composed without PostgreSQL (models or history maybe missing): served, never cached.
        long builtAt = database.isOpen() ? Answer.DEGRADED : startedAt;
        return Answer.of(picking.items(), picking.strategy(), models.generation(), builtAt);
    }

    /** On a rotating placement, the start of its window: the shopper's impressions since then are demoted. */
    private static @Nullable Instant shownSince(Query query) {
        return query.rotation() == null
                ? null
                : Instant.now().minus(query.rotation().window());
    }

    private PlacementRules rules(Query query) {
        RuleContext context = new RuleContext(query.placementId(), query.userId() != null);
        return query.rules() ? merchandising.rulesFor(query.tenant(), context) : PlacementRules.NONE;
    }
}

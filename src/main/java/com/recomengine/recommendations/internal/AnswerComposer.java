package com.recomengine.recommendations.internal;

import com.recomengine.catalog.Catalog;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import org.springframework.stereotype.Component;

/**
 * Computes an answer (a cache miss or a refresh): the tenant's served models, the shopper's history, then the
 * resolved strategy and its fallbacks until the list is full. A shopper without history and no anchor get the
 * generic lists at once (the personal strategies have nothing to start from); an anchor no interaction model
 * knows yet is answered by content similarity. A tenant with no model yet gets its first build started. While
 * PostgreSQL is unreachable the answer comes from the models and histories in memory and is not cached.
 */
@Component
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

    AnswerComposer(
            ServedModels served,
            Shoppers shoppers,
            Catalog catalog,
            Tenants tenants,
            StrategyBuilders builders,
            Invalidations invalidations,
            ModelBuildWorkers jobs,
            AutoTunings tunings,
            DatabaseCircuit database) {
        this.served = served;
        this.shoppers = shoppers;
        this.catalog = catalog;
        this.tenants = tenants;
        this.builders = builders;
        this.invalidations = invalidations;
        this.jobs = jobs;
        this.tunings = tunings;
        this.database = database;
    }

    Answer compose(Query query) {
        long startedAt = invalidations.tick();
        TenantSettings settings =
                tenants.settings(query.tenant()).orElseThrow(() -> Problems.notFound("Tenant", query.tenant()));
        ModelSet models = served.current(query.tenant());
        if (models.empty()) {
            jobs.firstBuildSoon(query.tenant());
        }
        Shopper shopper = query.userId() == null ? Shopper.ANONYMOUS : shoppers.of(query.tenant(), query.userId());
        Picking picking = new Picking(
                query,
                settings,
                models,
                shopper,
                catalog,
                builders.feedback(),
                query.strategy() == Strategy.AUTO ? tunings.recommender(query.tenant(), models) : null);
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
}

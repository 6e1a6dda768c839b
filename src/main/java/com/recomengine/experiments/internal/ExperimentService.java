package com.recomengine.experiments.internal;

import com.recomengine.audit.AuditLog;
import com.recomengine.experiments.ExperimentDraft;
import com.recomengine.experiments.ExperimentLifecycle;
import com.recomengine.experiments.ExperimentMetricsSource;
import com.recomengine.experiments.ExperimentResults;
import com.recomengine.experiments.ExperimentStatusChanged;
import com.recomengine.experiments.ExperimentTotals;
import com.recomengine.experiments.ExperimentView;
import com.recomengine.experiments.PlacementDefaultPromoted;
import com.recomengine.experiments.Variant;
import com.recomengine.platform.AfterCommit;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.shared.web.Versioned;
import com.recomengine.tenants.Tenants;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Experiments of a tenant, for the admin who owns it: CRUD, lifecycle, results, promotion of the winner. */
@Service
public class ExperimentService implements ExperimentLifecycle {

    /** Used until another module provides the interaction totals: every count is 0. */
    private static final ExperimentMetricsSource NO_DATA = (tenant, experiment, from, to) -> ExperimentTotals.NONE;

    private final ExperimentRepository experiments;
    private final Tenants tenants;
    private final LiveExperiments live;
    private final ObjectProvider<ExperimentMetricsSource> metricsSources;
    private final ExperimentAnalysis analysis;
    private final PlacementDefaults placementDefaults;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ExperimentService(
            ExperimentRepository experiments,
            Tenants tenants,
            LiveExperiments live,
            ObjectProvider<ExperimentMetricsSource> metricsSources,
            ExperimentsProperties properties,
            PlacementDefaults placementDefaults,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.audit = audit;
        this.experiments = experiments;
        this.tenants = tenants;
        this.live = live;
        this.metricsSources = metricsSources;
        this.analysis = new ExperimentAnalysis(properties);
        this.placementDefaults = placementDefaults;
        this.events = events;
    }

    @Transactional
    public Versioned<ExperimentView> create(AdminId admin, TenantId tenant, NewExperiment spec) {
        tenants.requireOwned(admin, tenant);
        Experiment saved = experiments.saveAndFlush(new Experiment(tenant.value(), spec));
        ExperimentView created = ExperimentDrafts.view(saved);
        audit.record(tenant, "experiment.created", "experiment", created.id(), AuditLog.fieldsOf(created));
        return new Versioned<>(created, saved.version());
    }

    @Transactional(readOnly = true)
    public PageResponse<ExperimentView> list(
            AdminId admin, TenantId tenant, @Nullable ExperimentStatus status, int page, int size) {
        tenants.requireOwned(admin, tenant);
        PageRequest request = PageRequest.of(page, size, Sort.by("createdAt").descending());
        var found = status == null
                ? experiments.findByTenantId(tenant.value(), request)
                : experiments.findByTenantIdAndStatus(tenant.value(), status, request);
        return PageResponse.of(found, ExperimentDrafts::view);
    }

    @Transactional(readOnly = true)
    public Versioned<ExperimentView> get(AdminId admin, TenantId tenant, UUID id) {
        tenants.requireOwned(admin, tenant);
        Experiment experiment = owned(tenant, id);
        return new Versioned<>(ExperimentDrafts.view(experiment), experiment.version());
    }

    /** Applies the changes if the experiment is still at a version {@code ifMatch} accepts (412 otherwise). */
    @Transactional
    public Versioned<ExperimentView> update(
            AdminId admin, TenantId tenant, UUID id, ExperimentChanges changes, IfMatch ifMatch) {
        tenants.requireOwned(admin, tenant);
        Experiment experiment = owned(tenant, id);
        ifMatch.require(experiment.version());
        ExperimentView before = ExperimentDrafts.view(experiment);
        experiment.apply(changes);
        ExperimentView after = audited(tenant, "experiment.updated", before, experiment);
        // The version check of the write happens here, so the answer carries the version it wrote.
        experiments.flush();
        return new Versioned<>(after, experiment.version());
    }

    @Override
    @Transactional
    public UUID create(AdminId admin, TenantId tenant, ExperimentDraft draft) {
        return create(admin, tenant, ExperimentDrafts.spec(draft)).body().id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExperimentView> experimentsOf(AdminId admin, TenantId tenant) {
        return list(admin, tenant, null, 0, 200).data();
    }

    @Override
    @Transactional(readOnly = true)
    public ExperimentView experimentOf(AdminId admin, TenantId tenant, UUID experimentId) {
        return get(admin, tenant, experimentId).body();
    }

    @Override
    @Transactional
    public void take(AdminId admin, TenantId tenant, UUID experimentId, Step step) {
        switch (step) {
            case START -> start(admin, tenant, experimentId);
            case PAUSE -> pause(admin, tenant, experimentId);
            case COMPLETE -> complete(admin, tenant, experimentId);
        }
    }

    @Override
    @Transactional
    public void promoteWinner(AdminId admin, TenantId tenant, UUID experimentId, @Nullable Variant choice) {
        promote(admin, tenant, experimentId, choice);
    }

    @Override
    @Transactional
    public void delete(AdminId admin, TenantId tenant, UUID id) {
        delete(admin, tenant, id, IfMatch.NONE);
    }

    @Transactional
    public void delete(AdminId admin, TenantId tenant, UUID id, IfMatch ifMatch) {
        tenants.requireOwned(admin, tenant);
        Experiment experiment = owned(tenant, id);
        ifMatch.require(experiment.version());
        experiment.requireDeletable();
        experiments.delete(experiment);
        audit.record(
                tenant,
                "experiment.deleted",
                "experiment",
                id,
                AuditLog.fieldsOf(ExperimentDrafts.view(experiment)),
                Map.of());
    }

    @Transactional
    public ExperimentView start(AdminId admin, TenantId tenant, UUID id) {
        tenants.requireOwned(admin, tenant);
        Experiment experiment = owned(tenant, id);
        ExperimentView before = ExperimentDrafts.view(experiment);
        if (experiment.status() == ExperimentStatus.DRAFT || experiment.status() == ExperimentStatus.PAUSED) {
            experiments
                    .findFirstByTenantIdAndPlacementIdAndStatusAndIdNot(
                            tenant.value(), experiment.placementId(), ExperimentStatus.RUNNING, id)
                    .ifPresent(other -> {
                        throw ExperimentConflicts.placementBusy(experiment.placementId(), other.id());
                    });
        }
        experiment.markRunning();
        try {
            experiments.saveAndFlush(experiment);
        } catch (DataIntegrityViolationException e) {
            // Another start on the same placement won the race; the partial unique index is the last word.
            throw ExperimentConflicts.placementBusy(experiment.placementId(), null);
        }
        return statusChanged(tenant, "experiment.started", before, experiment);
    }

    @Transactional
    public ExperimentView pause(AdminId admin, TenantId tenant, UUID id) {
        tenants.requireOwned(admin, tenant);
        Experiment experiment = owned(tenant, id);
        ExperimentView before = ExperimentDrafts.view(experiment);
        experiment.markPaused();
        return statusChanged(tenant, "experiment.paused", before, experiment);
    }

    @Transactional
    public ExperimentView complete(AdminId admin, TenantId tenant, UUID id) {
        tenants.requireOwned(admin, tenant);
        Experiment experiment = owned(tenant, id);
        ExperimentView before = ExperimentDrafts.view(experiment);
        experiment.markCompleted();
        return statusChanged(tenant, "experiment.completed", before, experiment);
    }

    @Override
    @Transactional(readOnly = true)
    public ExperimentResults results(AdminId admin, TenantId tenant, UUID id) {
        tenants.requireOwned(admin, tenant);
        return resultsOf(tenant, owned(tenant, id));
    }

    /**
     * Makes the winner the placement's default strategy: the arm named in {@code choice}, or else the verdict's
     * winner. A completed experiment without a winner (inconclusive, sample-ratio mismatch) needs the choice.
     */
    @Transactional
    public ExperimentView promote(AdminId admin, TenantId tenant, UUID id, @Nullable Variant choice) {
        tenants.requireOwned(admin, tenant);
        Experiment experiment = owned(tenant, id);
        if (experiment.status() != ExperimentStatus.COMPLETED) {
            throw new ExperimentTransitionRefused(experiment.status(), "promote");
        }
        Variant winner = choice != null ? choice : winnerOf(resultsOf(tenant, experiment));
        ExperimentView before = ExperimentDrafts.view(experiment);
        experiment.markPromoted(winner);
        String strategy = experiment.strategyOf(winner);
        placementDefaults.set(tenant, experiment.placementId(), strategy, experiment.id());
        events.publishEvent(new PlacementDefaultPromoted(tenant, experiment.placementId(), strategy, experiment.id()));
        refreshAfterCommit();
        return audited(tenant, "experiment.promoted", before, experiment);
    }

    private ExperimentResults resultsOf(TenantId tenant, Experiment experiment) {
        experiment.requireStarted();
        Instant from = experiment.startedAt();
        Instant to = experiment.completedAt() != null ? experiment.completedAt() : Instant.now();
        ExperimentTotals totals;
        try {
            totals = metricsSources.getIfAvailable(() -> NO_DATA).totalsFor(tenant, experiment.id(), from, to);
        } catch (IllegalArgumentException e) {
            // Inconsistent totals are a bug of the source, not a bad request of the caller.
            throw new IllegalStateException("The experiment metrics source returned invalid totals", e);
        }
        return analysis.analyse(experiment, totals, from, to);
    }

    private static Variant winnerOf(ExperimentResults results) {
        return switch (results.verdict()) {
            case "variant_wins" -> Variant.VARIANT;
            case "control_wins" -> Variant.CONTROL;
            default -> throw ExperimentConflicts.noWinner(results.verdict());
        };
    }

    private ExperimentView audited(TenantId tenant, String action, ExperimentView before, Experiment experiment) {
        ExperimentView after = ExperimentDrafts.view(experiment);
        audit.record(tenant, action, "experiment", after.id(), AuditLog.fieldsOf(before), AuditLog.fieldsOf(after));
        return after;
    }

    private ExperimentView statusChanged(TenantId tenant, String action, ExperimentView before, Experiment experiment) {
        events.publishEvent(new ExperimentStatusChanged(
                tenant,
                experiment.id(),
                experiment.placementId(),
                experiment.status().wireName()));
        refreshAfterCommit();
        return audited(tenant, action, before, experiment);
    }

    private void refreshAfterCommit() {
        AfterCommit.run(live::refreshQuietly);
    }

    private Experiment owned(TenantId tenant, UUID id) {
        return experiments
                .findByIdAndTenantId(id, tenant.value())
                .orElseThrow(() -> Problems.notFound("Experiment", id));
    }
}

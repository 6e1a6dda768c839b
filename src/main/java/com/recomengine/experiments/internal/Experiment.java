package com.recomengine.experiments.internal;

import com.recomengine.experiments.Variant;
import com.recomengine.shared.problem.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "experiments")
class Experiment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String name;

    @Column(name = "placement_id", nullable = false)
    private String placementId;

    @Column(name = "control_strategy", nullable = false)
    private String controlStrategy;

    @Column(name = "variant_strategy", nullable = false)
    private String variantStrategy;

    @Column(name = "variant_rules", nullable = false)
    private boolean variantRules = true;

    @Column(name = "traffic_split", nullable = false)
    private int trafficSplit;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_metric", nullable = false)
    private Metric primaryMetric;

    @Enumerated(EnumType.STRING)
    @Column(name = "guardrail_metric")
    private @Nullable Metric guardrailMetric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExperimentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "promoted_variant")
    private @Nullable Variant promotedVariant;

    @Column(name = "promoted_at")
    private @Nullable Instant promotedAt;

    @Version
    private long version;

    protected Experiment() {}

    Experiment(UUID tenantId, NewExperiment spec) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = spec.name().strip();
        this.placementId = spec.placementId();
        this.controlStrategy = spec.controlStrategy();
        this.variantStrategy = spec.variantStrategy();
        this.variantRules = spec.variantRules();
        this.trafficSplit = spec.trafficSplit();
        this.primaryMetric = spec.primaryMetric();
        this.guardrailMetric = spec.guardrailMetric();
        this.status = ExperimentStatus.DRAFT;
        this.createdAt = now();
        this.updatedAt = createdAt;
        requireDistinctMetrics();
        requireDistinctArms();
    }

    void apply(ExperimentChanges changes) {
        if (!changes.onlyName() && status != ExperimentStatus.DRAFT) {
            throw Problems.conflict(
                    "Only the name of an experiment can change once it has started; it is " + status.wireName() + ".",
                    Map.of("currentStatus", status.wireName()));
        }
        if (changes.name() != null) name = changes.name().strip();
        if (changes.placementId() != null) placementId = changes.placementId();
        if (changes.controlStrategy() != null) controlStrategy = changes.controlStrategy();
        if (changes.variantStrategy() != null) variantStrategy = changes.variantStrategy();
        if (changes.trafficSplit() != null) trafficSplit = changes.trafficSplit();
        if (changes.primaryMetric() != null) primaryMetric = changes.primaryMetric();
        if (changes.guardrailMetric() != null) guardrailMetric = changes.guardrailMetric();
        if (changes.clearGuardrail()) guardrailMetric = null;
        if (changes.variantRules() != null) variantRules = changes.variantRules();
        requireDistinctMetrics();
        requireDistinctArms();
        updatedAt = now();
    }

    /** Draft or paused → running; the first start fixes {@code startedAt}, the beginning of the results window. */
    void markRunning() {
        requireStatus("start", ExperimentStatus.DRAFT, ExperimentStatus.PAUSED);
        status = ExperimentStatus.RUNNING;
        updatedAt = now();
        if (startedAt == null) {
            startedAt = updatedAt;
        }
    }

    void markPaused() {
        requireStatus("pause", ExperimentStatus.RUNNING);
        status = ExperimentStatus.PAUSED;
        updatedAt = now();
    }

    void markCompleted() {
        requireStatus("complete", ExperimentStatus.RUNNING, ExperimentStatus.PAUSED);
        status = ExperimentStatus.COMPLETED;
        updatedAt = now();
        completedAt = updatedAt;
    }

    void markPromoted(Variant winner) {
        requireStatus("promote", ExperimentStatus.COMPLETED);
        promotedVariant = winner;
        promotedAt = now();
        updatedAt = promotedAt;
    }

    void requireDeletable() {
        requireStatus("delete", ExperimentStatus.DRAFT, ExperimentStatus.COMPLETED);
    }

    void requireStarted() {
        if (startedAt == null) {
            throw new ExperimentTransitionRefused(status, "show results of");
        }
    }

    String strategyOf(Variant variant) {
        return variant == Variant.CONTROL ? controlStrategy : variantStrategy;
    }

    /** PostgreSQL keeps microseconds: truncating here makes a response equal what a later read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireStatus(String action, ExperimentStatus... allowed) {
        for (ExperimentStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ExperimentTransitionRefused(status, action);
    }

    private void requireDistinctMetrics() {
        if (guardrailMetric != null && guardrailMetric == primaryMetric) {
            throw Problems.invalid("guardrailMetric", "must differ from primaryMetric");
        }
    }

    long version() {
        return version;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String name() {
        return name;
    }

    String placementId() {
        return placementId;
    }

    String controlStrategy() {
        return controlStrategy;
    }

    String variantStrategy() {
        return variantStrategy;
    }

    boolean variantRules() {
        return variantRules;
    }

    /** Two arms serving the same strategy with the same rules would measure nothing. */
    private void requireDistinctArms() {
        if (controlStrategy.equals(variantStrategy) && variantRules) {
            throw Problems.invalid(
                    "variantStrategy",
                    "must differ from controlStrategy, unless the variant runs without merchandising rules"
                            + " (variantRules: false)");
        }
    }

    int trafficSplit() {
        return trafficSplit;
    }

    Metric primaryMetric() {
        return primaryMetric;
    }

    @Nullable
    Metric guardrailMetric() {
        return guardrailMetric;
    }

    ExperimentStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant completedAt() {
        return completedAt;
    }

    @Nullable
    Variant promotedVariant() {
        return promotedVariant;
    }

    @Nullable
    Instant promotedAt() {
        return promotedAt;
    }
}

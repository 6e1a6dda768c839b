package com.recomengine.experiments.internal;

import com.recomengine.experiments.Variant;
import com.recomengine.shared.problem.Problems;
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
import lombok.AccessLevel;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "experiments")
@Getter(AccessLevel.PACKAGE)
class Experiment {

    @Id
    private UUID id;

    private UUID tenantId;
    private String name;
    private String placementId;
    private String controlStrategy;
    private String variantStrategy;
    private boolean variantRules = true;
    private int trafficSplit;

    @Enumerated(EnumType.STRING)
    private Metric primaryMetric;

    @Enumerated(EnumType.STRING)
    private @Nullable Metric guardrailMetric;

    @Enumerated(EnumType.STRING)
    private ExperimentStatus status;

    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant completedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Variant promotedVariant;

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

    /** Two arms serving the same strategy with the same rules would measure nothing. */
    private void requireDistinctArms() {
        if (controlStrategy.equals(variantStrategy) && variantRules) {
            throw Problems.invalid(
                    "variantStrategy",
                    "must differ from controlStrategy, unless the variant runs without merchandising rules"
                            + " (variantRules: false)");
        }
    }
}

package com.recomengine.experiments.internal;

import com.recomengine.experiments.ExperimentDraft;
import com.recomengine.experiments.ExperimentView;
import com.recomengine.shared.problem.Problems;

/** The module's API records ({@link ExperimentDraft}, {@link ExperimentView}) to and from its own. */
final class ExperimentDrafts {

    private ExperimentDrafts() {}

    /** The draft checked and made a specification; a field out of its range is a validation problem. */
    static NewExperiment spec(ExperimentDraft draft) {
        if (draft.name().isBlank() || draft.name().strip().length() > 100) {
            throw Problems.invalid("name", "must be 1-100 characters");
        }
        if (!draft.placementId().matches(ExperimentDraft.PLACEMENT_PATTERN)) {
            throw Problems.invalid("placementId", "must match " + ExperimentDraft.PLACEMENT_PATTERN);
        }
        if (draft.trafficSplit() < 1 || draft.trafficSplit() > 99) {
            throw Problems.invalid("trafficSplit", "must be between 1 and 99");
        }
        return new NewExperiment(
                draft.name().strip(),
                draft.placementId(),
                wire("controlStrategy", draft.controlStrategy(), Strategies.WIRE_PATTERN),
                wire("variantStrategy", draft.variantStrategy(), Strategies.WIRE_PATTERN),
                draft.trafficSplit(),
                Metric.fromWire(wire("primaryMetric", draft.primaryMetric(), Metric.WIRE_PATTERN)),
                draft.guardrailMetric() == null
                        ? null
                        : Metric.fromWire(wire("guardrailMetric", draft.guardrailMetric(), Metric.WIRE_PATTERN)),
                draft.variantRules());
    }

    private static String wire(String field, String value, String pattern) {
        if (!value.matches(pattern)) {
            throw Problems.invalid(field, "must be one of " + pattern);
        }
        return value;
    }

    /** An experiment as the API and the dashboard show it. */
    static ExperimentView view(Experiment e) {
        return new ExperimentView(
                e.id(),
                e.name(),
                e.placementId(),
                e.controlStrategy(),
                e.variantStrategy(),
                e.trafficSplit(),
                e.primaryMetric().wireName(),
                e.guardrailMetric() == null ? null : e.guardrailMetric().wireName(),
                e.variantRules(),
                e.status().wireName(),
                e.createdAt(),
                e.updatedAt(),
                e.startedAt(),
                e.completedAt(),
                e.promotedVariant() == null ? null : e.promotedVariant().wireName(),
                e.promotedAt());
    }
}

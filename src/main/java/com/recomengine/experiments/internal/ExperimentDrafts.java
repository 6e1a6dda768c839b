package com.recomengine.experiments.internal;

import com.recomengine.experiments.ExperimentDraft;
import com.recomengine.experiments.ExperimentSummary;
import com.recomengine.shared.problem.Problems;

/** The module's API records ({@link ExperimentDraft}, {@link ExperimentSummary}) to and from its own. */
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

    static ExperimentSummary summary(ExperimentView v) {
        return new ExperimentSummary(
                v.id(),
                v.name(),
                v.placementId(),
                v.controlStrategy(),
                v.variantStrategy(),
                v.trafficSplit(),
                v.primaryMetric(),
                v.guardrailMetric(),
                v.variantRules(),
                v.status(),
                v.createdAt(),
                v.startedAt(),
                v.completedAt(),
                v.promotedVariant());
    }
}

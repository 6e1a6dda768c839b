package com.recomengine.dashboard.web;

import com.recomengine.experiments.ExperimentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A new experiment as the form gives it; the split is the control's share of users, in percent. */
record ExperimentForm(
        @NotBlank(message = "Name the experiment, e.g. \"Trending vs collaborative on the home page\".")
        @Size(max = 100, message = "At most 100 characters.")
        String name,

        @Pattern(
                regexp = ExperimentDraft.PLACEMENT_PATTERN,
                message = "Use the placement id of a page: 1-100 letters, digits, '_', '.', ':' or '-'.")
        String placementId,

        @Pattern(regexp = ExperimentDraft.STRATEGY_PATTERN, message = "Choose a strategy.")
        String controlStrategy,

        @Pattern(regexp = ExperimentDraft.STRATEGY_PATTERN, message = "Choose a strategy.")
        String variantStrategy,

        @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "A whole percentage between 1 and 99.")
        String trafficSplit,

        @Pattern(regexp = ExperimentDraft.METRIC_PATTERN, message = "Choose a metric.")
        String primaryMetric,

        @Pattern(regexp = "(" + ExperimentDraft.METRIC_PATTERN + ")?", message = "Choose a metric or none.") @Nullable
        String guardrailMetric,

        @Nullable Boolean variantWithoutRules) {

    static final List<String> METRICS = List.of(ExperimentDraft.METRIC_PATTERN.split("\\|"));

    static ExperimentForm blank() {
        return new ExperimentForm("", "", "collaborative", "trending", "50", "ctr", "", false);
    }

    void check(Errors errors) {
        if (!errors.hasFieldErrors("trafficSplit")) {
            int split = split();
            if (split < 1 || split > 99) {
                errors.rejectValue("trafficSplit", "range", "A whole percentage between 1 and 99.");
            }
        }
        if (controlStrategy.equals(variantStrategy) && !withoutRules()) {
            errors.rejectValue(
                    "variantStrategy",
                    "same",
                    "Choose a strategy other than the control's, or run the variant without merchandising rules.");
        }
        if (guardrailMetric != null && guardrailMetric.equals(primaryMetric)) {
            errors.rejectValue("guardrailMetric", "same", "A guardrail other than the primary metric, or none.");
        }
    }

    ExperimentDraft draft() {
        return new ExperimentDraft(
                name.strip(),
                placementId.strip(),
                controlStrategy,
                variantStrategy,
                split(),
                primaryMetric,
                guardrailMetric == null || guardrailMetric.isBlank() ? null : guardrailMetric,
                !withoutRules());
    }

    public boolean withoutRules() {
        return Boolean.TRUE.equals(variantWithoutRules);
    }

    private int split() {
        return Integer.parseInt(trafficSplit.strip());
    }
}

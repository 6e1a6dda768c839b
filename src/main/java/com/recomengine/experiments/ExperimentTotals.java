package com.recomengine.experiments;

import java.util.Objects;

/** Both arms' totals of one experiment over one time window. */
public record ExperimentTotals(VariantTotals control, VariantTotals variant) {

    public static final ExperimentTotals NONE = new ExperimentTotals(VariantTotals.NONE, VariantTotals.NONE);

    public ExperimentTotals {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(variant, "variant");
    }
}

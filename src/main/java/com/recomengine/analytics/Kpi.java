package com.recomengine.analytics;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One KPI of the overview: its value over the range, over the previous range of equal length, and the relative
 * change ({@code (value − previous) / previous}). A rate with an empty denominator is null, and so is a change
 * against a previous value of 0 or null.
 */
public record Kpi(
        @Nullable Number value,
        @Nullable Number previous,
        @Nullable Double change) {

    public static Kpi of(@Nullable Number value, @Nullable Number previous) {
        if (value == null || previous == null) {
            return new Kpi(value, previous, null);
        }
        BigDecimal before = new BigDecimal(previous.toString());
        if (before.signum() == 0) {
            return new Kpi(value, previous, null);
        }
        double now = new BigDecimal(value.toString()).doubleValue();
        return new Kpi(value, previous, (now - before.doubleValue()) / before.doubleValue());
    }
}

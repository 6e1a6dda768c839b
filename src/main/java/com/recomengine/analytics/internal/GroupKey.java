package com.recomengine.analytics.internal;

import com.recomengine.analytics.Dimension;
import org.jspecify.annotations.Nullable;

/** Placement, strategy and arm as the events' metadata named them; {@value #NONE} where they named none. */
record GroupKey(String placement, String strategy, String variant) {

    static final String NONE = "-";

    String of(Dimension dimension) {
        return switch (dimension) {
            case PLACEMENT -> placement;
            case STRATEGY -> strategy;
            case VARIANT -> variant;
        };
    }

    static @Nullable String wire(String value) {
        return NONE.equals(value) ? null : value;
    }
}

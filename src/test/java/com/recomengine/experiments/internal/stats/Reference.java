package com.recomengine.experiments.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Assertions against reference values. Unless a test says otherwise, the references were printed by
 * {@code src/test/resources/experiments/reference_statistics.py} (SciPy 1.17.1, NumPy 2.4.6, mpmath 1.3.0), an
 * implementation independent of ours; re-run it to re-check every number.
 */
final class Reference {

    private Reference() {}

    /** |actual − expected| ≤ relative · |expected| (or ≤ relative when expected is 0). */
    static void assertClose(double actual, double expected, double relative) {
        double tolerance = expected == 0 ? relative : Math.abs(expected) * relative;
        assertThat(actual).isCloseTo(expected, within(tolerance));
    }
}

/**
 * The statistics behind experiment results, in plain Java with no library beyond the JDK: the normal, Student t
 * and chi-square distributions, the two-proportion z-test, Welch's t-test, the delta-method lift interval, the
 * sample-ratio-mismatch check and the sample size for a planned power. Every formula is pinned by a unit test to
 * values computed independently.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.experiments.internal.stats;

package com.recomengine.experiments.internal.stats;

import static com.recomengine.experiments.internal.stats.Reference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Delta-method intervals for the relative lift, checked against reference_statistics.py, which computes them with
 * SciPy's normal quantile from the percent-change variance of Kohavi, Tang and Xu (2020), and prints Fieller's
 * interval beside each for comparison (it is close, and slightly shifted upwards, as expected at these sizes).
 */
class RelativeLiftTest {

    @Test
    void liftOfTenPercentOnAConversionRate() {
        var lift = RelativeLift.of(new Proportion(1000, 10000), new Proportion(1100, 10000), 0.95)
                .orElseThrow();
        assertClose(lift.estimate(), 0.1, 1e-12);
        assertClose(lift.low(), 0.010870112525620937, 1e-10);
        assertClose(lift.high(), 0.1891298874743788, 1e-12);
        assertThat(lift.confidence()).isEqualTo(0.95);
    }

    @Test
    void liftWithUnequalArms() {
        var lift = RelativeLift.of(new Proportion(200, 5000), new Proportion(260, 5200), 0.95)
                .orElseThrow();
        assertClose(lift.estimate(), 0.25, 1e-12);
        assertClose(lift.low(), 0.02473938053444555, 1e-10);
        assertClose(lift.high(), 0.4752606194655544, 1e-12);
    }

    @Test
    void liftOfRevenuePerUser() {
        var lift = RelativeLift.of(
                        new Sample(400, 4063.81, 285587.5025), new Sample(380, 5916.67, 542943.0818999999), 0.95)
                .orElseThrow();
        assertClose(lift.estimate(), 0.5325700965868301, 1e-11);
        assertClose(lift.low(), 0.03226113773018813, 1e-9);
        assertClose(lift.high(), 1.032879055443472, 1e-11);
    }

    @Test
    void noRelativeLiftFromAZeroBaseline() {
        assertThat(RelativeLift.of(new Proportion(0, 1000), new Proportion(5, 1000), 0.95))
                .isEmpty();
    }
}

package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricInverseTests {

    @Test
    void invertsTheTextbookCholeskyExample() {
        // A = L·Lᵀ with L = [[2,0,0],[6,1,0],[-8,5,3]]; det A = 36, so A⁻¹ = adj(A) / 36. Its condition number
        // is ~1.6e4; one pivot block is inverted in double, so only the float storage rounds.
        float[][] a = {{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}};
        try (Workers workers = new Workers(1)) {
            SymmetricInverse.invertInPlace(a, workers);
        }
        double[][] expected = {
            {1777 / 36.0, -122 / 9.0, 19 / 9.0}, {-122 / 9.0, 34 / 9.0, -5 / 9.0}, {19 / 9.0, -5 / 9.0, 1 / 9.0}
        };
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat((double) a[i][j])
                        .as("A⁻¹[%d][%d]", i, j)
                        .isCloseTo(expected[i][j], within(1e-6 * Math.abs(expected[i][j])));
            }
        }
    }

    @Test
    void invertsMatricesSpanningSeveralPivotBlocksOnTwoThreads() {
        int n = 2 * SymmetricInverse.BLOCK + 22;
        double[][] a = randomPositiveDefinite(n, new Random(7));
        float[][] inverse = toFloat(a);
        try (Workers workers = new Workers(2)) {
            SymmetricInverse.invertInPlace(inverse, workers);
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += a[i][k] * inverse[k][j];
                }
                worst = Math.max(worst, Math.abs(sum - (i == j ? 1 : 0)));
                assertThat(inverse[i][j]).isEqualTo(inverse[j][i]);
            }
        }
        assertThat(worst).isLessThan(1e-5);
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        float[][] indefinite = {{1, 2}, {2, 1}};
        try (Workers workers = new Workers(1)) {
            assertThatThrownBy(() -> SymmetricInverse.invertInPlace(indefinite, workers))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not positive definite");
        }
    }

    private static double[][] randomPositiveDefinite(int n, Random random) {
        double[][] x = new double[n][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += x[k][i] * x[k][j];
                }
            }
            a[i][i] += n;
        }
        return a;
    }

    private static float[][] toFloat(double[][] a) {
        float[][] copy = new float[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                copy[i][j] = (float) a[i][j];
            }
        }
        return copy;
    }
}

package com.recomengine.experiments.internal.stats;

/**
 * The distribution functions the tests need: the normal CDF and quantile, the
 * Student t tail for any real degrees of freedom, and the chi-square tail. They rest on the regularized incomplete
 * gamma and beta functions (series and Lentz continued fractions, as in Numerical Recipes §6.2 and §6.4) and a
 * Lanczos log-gamma, because no maintained statistics library is on the classpath and a tail probability must stay
 * accurate far out (a p-value of 1e-12 must not round to 0 or to 1e-9). Relative accuracy is about 1e-13 for
 * parameters up to 10^4 and degrades gently (about 1e-9 at 10^6 degrees of freedom, where ln Γ is large).
 */
public final class Distributions {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

    // Lanczos approximation, g = 7, n = 9 (the widely published coefficient set; relative error below 2e-15).
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private Distributions() {}

    /** P(Z ≤ z) for a standard normal Z. */
    public static double normalCdf(double z) {
        return z < 0 ? 0.5 * erfc(-z / Math.sqrt(2)) : 1 - 0.5 * erfc(z / Math.sqrt(2));
    }

    /** P(Z > z), computed directly so that far tails keep their relative precision. */
    public static double normalUpperTail(double z) {
        return normalCdf(-z);
    }

    /** P(|Z| ≥ |z|): the two-sided p-value of a z statistic. */
    public static double normalTwoSided(double z) {
        return erfc(Math.abs(z) / Math.sqrt(2));
    }

    /**
     * The z with P(Z ≤ z) = p: Acklam's rational approximation (relative error 1.2e-9) polished by two Halley
     * steps on the accurate CDF, which brings it to full double precision.
     */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must lie strictly between 0 and 1, was " + p);
        }
        double x = acklam(p);
        for (int i = 0; i < 2; i++) {
            // Φ(x) − p, taken from the nearer tail so that it keeps its precision near 0 and near 1.
            double e = p < 0.5 ? normalCdf(x) - p : (1 - p) - normalUpperTail(x);
            double u = e * SQRT_TWO_PI * Math.exp(x * x / 2);
            x = x - u / (1 + x * u / 2);
        }
        return x;
    }

    /** P(|T| ≥ |t|) for Student's t with {@code df} (real, positive) degrees of freedom. */
    public static double studentTwoSided(double t, double df) {
        requirePositive(df, "degrees of freedom");
        if (Double.isInfinite(t)) {
            return 0;
        }
        return regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom. */
    public static double studentCdf(double t, double df) {
        double tail = studentTwoSided(t, df) / 2;
        return t < 0 ? tail : 1 - tail;
    }

    /** P(X ≥ x) for a chi-square X with {@code df} degrees of freedom. */
    public static double chiSquareUpperTail(double x, double df) {
        requirePositive(df, "degrees of freedom");
        return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
    }

    /** The complementary error function, erfc(x) = Q(1/2, x²) for x ≥ 0. */
    static double erfc(double x) {
        return x >= 0 ? regularizedGammaQ(0.5, x * x) : 2 - regularizedGammaQ(0.5, x * x);
    }

    /** ln Γ(x) for x > 0. */
    static double logGamma(double x) {
        requirePositive(x, "x");
        if (x < 0.5) {
            // Reflection keeps the Lanczos sum in its accurate range: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The regularized lower incomplete gamma P(a, x). */
    static double regularizedGammaP(double a, double x) {
        requirePositive(a, "a");
        if (x <= 0) {
            return 0;
        }
        return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
    }

    /** The regularized upper incomplete gamma Q(a, x) = 1 − P(a, x). */
    static double regularizedGammaQ(double a, double x) {
        requirePositive(a, "a");
        if (x <= 0) {
            return 1;
        }
        return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
    }

    /** The regularized incomplete beta I_x(a, b). */
    static double regularizedBeta(double x, double a, double b) {
        requirePositive(a, "a");
        requirePositive(b, "b");
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        double front = Math.exp(logFront);
        // The continued fraction converges fast only below the mean; above it, use I_x(a,b) = 1 − I_{1−x}(b,a).
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double gammaSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    private static double gammaContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
            }
        }
        throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a + ", x=" + x);
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta fraction did not converge for x=" + x + ", a=" + a + ", b=" + b);
    }

    // Peter Acklam's algorithm for the normal quantile (2003), three regions with rational approximations.
    private static final double[] A = {
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.383577518672690e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    private static final double P_LOW = 0.02425;

    private static double acklam(double p) {
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - P_LOW) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
                * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
        }
    }
}

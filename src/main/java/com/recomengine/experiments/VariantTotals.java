package com.recomengine.experiments;

/**
 * One arm's totals over a time window, as the results need them:
 * <ul>
 * <li>{@code users}: distinct users assigned to the arm who were served a recommendation of the experiment;</li>
 * <li>{@code impressions}, {@code clicks}: recommendation impressions and clicks tagged with the experiment and arm;</li>
 * <li>{@code conversions}: of those users, how many made at least one purchase (so ≤ users);</li>
 * <li>{@code revenue}: the purchase revenue of those users, in the tenant's reporting currency;</li>
 * <li>{@code revenueSumOfSquares}: Σ over the arm's users of (that user's revenue)², users without purchases adding
 * 0. With {@code users} and {@code revenue} it gives the variance of revenue per user for Welch's test.</li>
 * </ul>
 */
public record VariantTotals(
        long users, long impressions, long clicks, long conversions, double revenue, double revenueSumOfSquares) {

    public static final VariantTotals NONE = new VariantTotals(0, 0, 0, 0, 0, 0);

    public VariantTotals {
        if (users < 0 || impressions < 0 || clicks < 0 || conversions < 0 || conversions > users) {
            throw new IllegalArgumentException("counts must be non-negative with conversions ≤ users: users=" + users
                    + ", impressions=" + impressions + ", clicks=" + clicks + ", conversions=" + conversions);
        }
        if (!(revenue >= 0)
                || !(revenueSumOfSquares >= 0)
                || Double.isInfinite(revenue)
                || Double.isInfinite(revenueSumOfSquares)) {
            throw new IllegalArgumentException("revenue and its sum of squares must be finite and non-negative");
        }
    }
}

package com.recomengine.experiments.internal.stats;

/** A binomial count: {@code successes} out of {@code trials} (clicks of impressions, converted users of users). */
public record Proportion(long successes, long trials) {

    public Proportion {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ trials, got " + successes + " of " + trials);
        }
    }

    public boolean empty() {
        return trials == 0;
    }

    /** The observed rate; 0 when there were no trials. */
    public double rate() {
        return trials == 0 ? 0 : (double) successes / trials;
    }

    /** The (unpooled) variance of the observed rate, p(1 − p) / n. */
    public double varianceOfRate() {
        double p = rate();
        return trials == 0 ? 0 : p * (1 - p) / trials;
    }
}

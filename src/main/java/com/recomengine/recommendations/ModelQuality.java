package com.recomengine.recommendations;

import com.recomengine.shared.TenantId;
import java.util.Optional;

/**
 * The offline evaluation of the strategies on a tenant's own purchases, run on demand: each shopper's purchases
 * of the last fifth of the tenant's purchase time are held out, every strategy is built from the purchases
 * before that point, and its top 10 for each shopper is compared with what they went on to buy.
 */
public interface ModelQuality {

    /**
     * Evaluates now and keeps the report as the tenant's latest. Throws a 409 problem when an evaluation of the
     * tenant is running already.
     */
    QualityReport evaluate(TenantId tenant);

    /** The tenant's latest report on this instance, if one was run since it started. */
    Optional<QualityReport> latest(TenantId tenant);

    /**
     * How the {@code auto} strategy of the tenant's served models was tuned (at their build), if they have one: the
     * chosen blend and settings, and the holdout figures of {@code auto} and of each single strategy.
     */
    Optional<AutoTuningReport> tuning(TenantId tenant);
}

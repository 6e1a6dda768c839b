package com.recomengine.recommendations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code recomengine.recommendations.*}: model builds (schedule, how much history, the collaborative model's
 * sizes, feedback weights) and serving (history length, caches).
 *
 * @param buildInterval   a tenant whose interactions or catalog changed is rebuilt at most this long after its last
 *                        build (and no sooner)
 * @param firstBuildDelay how long after start-up this instance's build workers start
 * @param rebuildAfter    a tenant with interactions is rebuilt at least this often (trending and popular windows move)
 * @param maxHistory      the oldest interactions a build reads (never beyond the tenant's retention)
 * @param modelPoll       how often each instance checks PostgreSQL for generations it missed (pub/sub is first)
 * @param modelMemoryBudget heap the served models of all tenants may take on this instance; beyond it the least
 *                        recently served tenants are dropped (and read from PostgreSQL again when asked for)
 * @param historyItems    a shopper's latest interactions that shape their answer
 * @param builds          the build queue: workers per instance, leases, retries
 */
@ConfigurationProperties("recomengine.recommendations")
record RecommendationsProperties(
        @DefaultValue("15m") Duration buildInterval,
        @DefaultValue("1m") Duration firstBuildDelay,
        @DefaultValue("6h") Duration rebuildAfter,
        @DefaultValue("365d") Duration maxHistory,
        @DefaultValue("30s") Duration modelPoll,
        @DefaultValue("256MB") DataSize modelMemoryBudget,
        @DefaultValue("200") int historyItems,
        @DefaultValue Builds builds,
        @DefaultValue Model model,
        @DefaultValue Feedback feedback,
        @DefaultValue Cache cache) {

    /**
     * @param workers     builds this instance runs at once (each one tenant); every instance adds as many
     * @param poll        how long an idle worker waits before looking for a due tenant again
     * @param lease       how long a claimed tenant stays claimed without a heartbeat (renewed every third of it): a
     *                    dead or cut-off instance's build is taken over after this
     * @param retry       the wait after a first failed build, doubled per further failure
     * @param retryMax    the longest wait between retries
     * @param maxAttempts failures in a row after which the tenant is parked
     * @param parkFor     how long a parked tenant waits before it is tried again (an admin rebuild tries at once)
     * @param rebuildWait how long an admin rebuild waits for a build of the same tenant running elsewhere
     */
    record Builds(
            @DefaultValue("2") int workers,
            @DefaultValue("5s") Duration poll,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("1m") Duration retry,
            @DefaultValue("1h") Duration retryMax,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("6h") Duration parkFor,
            @DefaultValue("2m") Duration rebuildWait) {}

    /**
     * @param lambda        EASE's L2 penalty
     * @param neighbours    neighbours kept per item in every neighbour table
     * @param maxDenseItems items solved by EASE (memory 4n² bytes); the rest get item-kNN
     * @param threads       threads of one build
     */
    record Model(
            @DefaultValue("500") double lambda,
            @DefaultValue("50") int neighbours,
            @DefaultValue("5000") int maxDenseItems,
            @DefaultValue("2") int threads) {}

    /** Weights of the interaction types and the half-life of their decay. */
    record Feedback(
            @DefaultValue("0.2") double view,
            @DefaultValue("0.4") double click,
            @DefaultValue("0.7") double addToCart,
            @DefaultValue("1.0") double purchase,
            @DefaultValue("30d") Duration halfLife) {}

    /**
     * @param fresh      an answer younger than this is served as it is
     * @param maxAge     an older one is still served once (stale) while a refresh runs, up to this age
     * @param l1MaxBytes memory of the in-process cache (serialized answers)
     * @param refreshers background refreshes running at once
     */
    record Cache(
            @DefaultValue("5m") Duration fresh,
            @DefaultValue("1h") Duration maxAge,
            @DefaultValue("67108864") long l1MaxBytes,
            @DefaultValue("4") int refreshers) {}
}

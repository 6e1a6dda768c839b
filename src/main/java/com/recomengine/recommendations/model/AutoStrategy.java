package com.recomengine.recommendations.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * {@code auto}: a {@link Blend} of the other strategies, tuned on the tenant's own data. The build holds out the
 * latest purchases ({@link BlendHoldout}), builds every strategy on the rest and scores each single strategy on
 * the holdout; then, per collaborative setting (half-life, λ; the configured one first, others while the time
 * budget lasts), a coordinate search over the weights: the generic weights (popular × its window × trending) with
 * collaborative alone, then the personal weights (bought together × content) with the best generic ones, then the
 * generic weights again. The best candidate by NDCG@10 is refitted on all the data. A blend must keep at least
 * {@value #COVERAGE_KEPT} of the catalog coverage of the best single strategy, so that mixing in bestsellers
 * does not shrink what shoppers get to see; the single strategies are candidates whatever their coverage, so the
 * choice is never worse on the holdout than the best of them. Data with fewer than {@code minShoppers} evaluated
 * shoppers gets {@link Blend#DEFAULT}.
 */
@RequiredArgsConstructor
public final class AutoStrategy implements ModelBuilder {

    public static final String NAME = "auto";
    static final double COVERAGE_KEPT = 0.8;

    /**
     * @param budget the CPU time tuning may take (of this process, all its threads; wall time where the JVM does
     *     not tell CPU time): once spent, no further collaborative setting is tried (the first one, the single
     *     strategies and the weight search always are). CPU rather than wall time, so that what is tried does not
     *     depend on what else runs on the machine
     * @param minShoppers the fewest evaluated shoppers to tune on
     * @param longestHoldout the longest span held out: the latest fifth of the purchase time, but no more than
     *     this, so that the holdout asks what the next weeks bring (what a build serves for), not the next season
     */
    public record Settings(
            CollaborativeStrategy.Settings collaborative,
            FrequentlyBoughtTogetherStrategy.Settings together,
            ContentBasedStrategy.Settings content,
            PopularStrategy.Settings popular,
            TrendingStrategy.Settings trending,
            Duration budget,
            int minShoppers,
            Duration longestHoldout) {

        public static final Settings DEFAULT = new Settings(
                CollaborativeStrategy.Settings.DEFAULT,
                FrequentlyBoughtTogetherStrategy.Settings.DEFAULT,
                ContentBasedStrategy.Settings.DEFAULT,
                PopularStrategy.Settings.DEFAULT,
                TrendingStrategy.Settings.DEFAULT,
                Duration.ofSeconds(20),
                10,
                Duration.ofDays(28));
    }

    static final double[] TOGETHER = {0, 0.1, 0.25};
    static final double[] CONTENT = {0, 0.05, 0.15};
    static final double[] POPULAR = {0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.8};
    static final List<Duration> WINDOWS = List.of(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30));
    static final double[] TRENDING = {0, 0.1};
    static final List<Duration> HALF_LIVES = List.of(Duration.ofDays(21), Duration.ofDays(60));
    static final double[] LAMBDAS = {250, 1000};

    private final Settings settings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TunedBlend build(InteractionData data) {
        return refit(data, tune(data), name -> null);
    }

    /** Chooses the blend on a holdout of {@code data}. */
    public Tuning tune(InteractionData data) {
        long started = System.nanoTime();
        long cpuStarted = cpu();
        BlendHoldout holdout = BlendHoldout.of(data, settings.longestHoldout());
        if (holdout == null || holdout.evaluated.size() < settings.minShoppers()) {
            int shoppers = holdout == null ? 0 : holdout.evaluated.size();
            return Tuning.untuned(tooFew(shoppers), since(started));
        }
        InteractionData train = holdout.train;
        UserHistory[] histories =
                UserHistory.allOf(train, settings.collaborative().feedback());
        NeighbourTable together = new FrequentlyBoughtTogetherStrategy(settings.together()).build(train);
        NeighbourTable content = new ContentBasedStrategy(settings.content()).build(train);
        RankedItems[] popular = WINDOWS.stream()
                .map(window -> new PopularStrategy(
                                new PopularStrategy.Settings(settings.popular().feedback(), window))
                        .build(train))
                .toArray(RankedItems[]::new);
        RankedItems trending = new TrendingStrategy(settings.trending()).build(train);
        Blend base = configured();
        BlendSearch search = new BlendSearch(train.items().size());
        Map<NeighbourTable, List<ScoredItem>[]> scored = new IdentityHashMap<>();
        for (Blend collaborativeSettings : settingsToTry(base)) {
            long spent = cpuStarted < 0 ? System.nanoTime() - started : cpu() - cpuStarted;
            if (search.candidates() > 0 && spent > settings.budget().toNanos()) {
                break;
            }
            NeighbourTable collaborative = collaborative(collaborativeSettings).build(train);
            BlendCandidates candidates = BlendCandidates.of(
                    holdout,
                    histories,
                    new NeighbourTable[] {collaborative, together, content},
                    WINDOWS,
                    popular,
                    trending,
                    scored);
            scored.remove(collaborative);
            if (search.candidates() == 0) {
                search.singles(candidates, base);
            }
            search.weights(candidates, collaborativeSettings);
        }
        return new Tuning(
                search.best(),
                holdout.splitAt,
                holdout.evaluated.size(),
                search.report(),
                search.candidates(),
                since(started),
                Duration.ZERO,
                null);
    }

    /**
     * Builds the tuned blend's parts on all of {@code data}. {@code built} answers the model of a strategy already
     * built on the same data with this strategy's settings (or null): those are not built again.
     */
    public TunedBlend refit(InteractionData data, Tuning tuning, Function<String, @Nullable ItemModel> built) {
        long started = System.nanoTime();
        Blend blend = tuning.blend();
        boolean configured = blend.halfLife().equals(configured().halfLife())
                && blend.lambda() == configured().lambda();
        NeighbourTable[] tables = {
            blend.collaborative() > 0
                    ? table(
                            configured ? built.apply(CollaborativeStrategy.NAME) : null,
                            () -> collaborative(blend).build(data))
                    : null,
            blend.together() > 0
                    ? table(
                            built.apply(FrequentlyBoughtTogetherStrategy.NAME),
                            () -> new FrequentlyBoughtTogetherStrategy(settings.together()).build(data))
                    : null,
            blend.content() > 0
                    ? table(
                            built.apply(ContentBasedStrategy.NAME),
                            () -> new ContentBasedStrategy(settings.content()).build(data))
                    : null
        };
        NeighbourTable personal = BlendParts.personal(
                data.items(), tables, new double[] {blend.collaborative(), blend.together(), blend.content()});
        RankedItems popular = blend.popularWindow().equals(settings.popular().window())
                        && built.apply(PopularStrategy.NAME) instanceof RankedItems list
                ? list
                : new PopularStrategy(
                                new PopularStrategy.Settings(settings.popular().feedback(), blend.popularWindow()))
                        .build(data);
        RankedItems trending = built.apply(TrendingStrategy.NAME) instanceof RankedItems list
                ? list
                : new TrendingStrategy(settings.trending()).build(data);
        RankedItems generic = BlendParts.generic(data.items(), popular, blend.popular(), trending, blend.trending());
        return new TunedBlend(new BlendRecommender(personal, generic), tuning.withRefit(since(started)));
    }

    private static NeighbourTable table(@Nullable ItemModel built, java.util.function.Supplier<NeighbourTable> build) {
        return built instanceof NeighbourTable table ? table : build.get();
    }

    private Blend configured() {
        return Blend.DEFAULT.withCollaborative(
                settings.collaborative().feedback().halfLife(),
                settings.collaborative().lambda());
    }

    private CollaborativeStrategy collaborative(Blend blend) {
        CollaborativeStrategy.Settings base = settings.collaborative();
        return new CollaborativeStrategy(new CollaborativeStrategy.Settings(
                base.feedback().withHalfLife(blend.halfLife()),
                blend.lambda(),
                base.neighbours(),
                base.maxDenseItems(),
                base.threads()));
    }

    /** The configured collaborative settings first, then the grid's others, half-life before λ. */
    private static List<Blend> settingsToTry(Blend base) {
        List<Blend> tried = new ArrayList<>();
        tried.add(base);
        for (Duration halfLife : HALF_LIVES) {
            tried.add(base.withCollaborative(halfLife, base.lambda()));
        }
        for (double lambda : LAMBDAS) {
            tried.add(base.withCollaborative(base.halfLife(), lambda));
        }
        return tried;
    }

    private String tooFew(int shoppers) {
        return "Too little history to tune on: " + shoppers + (shoppers == 1 ? " shopper" : " shoppers")
                + " bought something new in the latest fifth of the purchase time (at least "
                + settings.minShoppers() + " are needed), so auto serves its default blend, "
                + Blend.DEFAULT.describe() + ".";
    }

    /** The process's CPU time in nanoseconds, or -1 when the JVM does not tell. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}

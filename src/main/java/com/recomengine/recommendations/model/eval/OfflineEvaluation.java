package com.recomengine.recommendations.model.eval;

import com.recomengine.recommendations.model.AutoStrategy;
import com.recomengine.recommendations.model.BlendRecommender;
import com.recomengine.recommendations.model.CollaborativeStrategy;
import com.recomengine.recommendations.model.ContentBasedStrategy;
import com.recomengine.recommendations.model.FeedbackWeights;
import com.recomengine.recommendations.model.FrequentlyBoughtTogetherStrategy;
import com.recomengine.recommendations.model.FrequentlyBoughtTogetherStrategy.Measure;
import com.recomengine.recommendations.model.ItemModel;
import com.recomengine.recommendations.model.ModelBuilder;
import com.recomengine.recommendations.model.NeighbourTable;
import com.recomengine.recommendations.model.PopularStrategy;
import com.recomengine.recommendations.model.RankedItems;
import com.recomengine.recommendations.model.Recommender;
import com.recomengine.recommendations.model.ScoredItem;
import com.recomengine.recommendations.model.TrendingStrategy;
import com.recomengine.recommendations.model.TunedBlend;
import com.recomengine.recommendations.model.UserHistory;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Runs the offline evaluation of the recommendations issue on a retail purchase log and prints one table: per
 * strategy Precision@10, Recall@10, NDCG@10, HitRate@10, catalog coverage, build time and the time to recommend
 * for every evaluated user, against the popularity baseline.
 *
 * <pre>
 *   scripts/eval-model.sh [--data FILE.csv[.gz]] [--split YYYY-MM-DD] [--today YYYY-MM-DD] [--only LABEL-PART]
 * </pre>
 */
public final class OfflineEvaluation {

    static final int K = 10;

    private OfflineEvaluation() {}

    /**
     * One row of the table. Times are wall clock and CPU: the build's CPU is the whole process's (all its threads),
     * the recommendation loop's the one thread's; on a shared machine the CPU figure is the one to compare.
     */
    public record Result(
            String label,
            RankingMetrics metrics,
            double coverage,
            Duration build,
            Duration buildCpu,
            Duration recommend,
            Duration recommendCpu,
            String model) {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(option(args, "--data", "../shared/data/online_retail.csv.gz"));
        LocalDate split = LocalDate.parse(option(args, "--split", "2011-11-01"));
        LocalDate today = LocalDate.parse(
                option(args, "--today", LocalDate.now(ZoneOffset.UTC).toString()));
        long started = System.nanoTime();
        RetailLog.Contents log = RetailLog.read(data);
        HoldoutSplit holdout = HoldoutSplit.of(log.purchases(), split, today);
        HoldoutSplit.Counts counts = holdout.counts();
        System.out.printf(
                Locale.ROOT,
                "%s: %,d lines, %,d purchases kept; read and split in %.1f s%n",
                data,
                log.lines(),
                log.purchases().size(),
                seconds(System.nanoTime() - started));
        System.out.printf(
                Locale.ROOT,
                "shift +%d days, split at %s (%s unshifted)%n",
                holdout.shiftDays(),
                holdout.splitAt(),
                split);
        System.out.printf(
                Locale.ROOT,
                "train users %,d, train items %,d, distinct train (user, item) pairs %,d; evaluated users %,d with %,d targets%n",
                counts.trainUsers(),
                counts.trainItems(),
                counts.trainPairs(),
                counts.evaluatedUsers(),
                counts.targets());
        System.out.printf(
                Locale.ROOT, "%d cores, %s%n%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<Result> results = new ArrayList<>();
        String only = option(args, "--only", "");
        for (Row row : rows()) {
            if (!row.label().contains(only)) {
                continue;
            }
            results.add(evaluate(row.label(), row.builder(), holdout, FeedbackWeights.DEFAULT));
        }
        print(results);
    }

    private record Row(String label, ModelBuilder builder) {}

    private static List<Row> rows() {
        CollaborativeStrategy.Settings collaborative = CollaborativeStrategy.Settings.DEFAULT;
        FrequentlyBoughtTogetherStrategy.Settings together = FrequentlyBoughtTogetherStrategy.Settings.DEFAULT;
        return List.of(
                new Row(
                        "popularity baseline (all train, by buyers)",
                        new PopularStrategy(
                                new PopularStrategy.Settings(FeedbackWeights.DEFAULT, Duration.ofDays(36_500)))),
                new Row("popular (30 days)", new PopularStrategy(PopularStrategy.Settings.DEFAULT)),
                new Row("trending (24 h vs 7 days)", new TrendingStrategy(TrendingStrategy.Settings.DEFAULT)),
                new Row("frequently_bought_together (confidence)", new FrequentlyBoughtTogetherStrategy(together)),
                new Row(
                        "frequently_bought_together (lift)",
                        new FrequentlyBoughtTogetherStrategy(together.withMeasure(Measure.LIFT))),
                new Row(
                        "content_based (TF-IDF names)",
                        new ContentBasedStrategy(ContentBasedStrategy.Settings.DEFAULT)),
                new Row("collaborative (EASE, default)", new CollaborativeStrategy(collaborative)),
                new Row(
                        "collaborative, no time decay",
                        new CollaborativeStrategy(collaborative.withFeedback(
                                FeedbackWeights.DEFAULT.withHalfLife(Duration.ofDays(365_000))))),
                new Row(
                        "collaborative, EASE on top 1 000 + kNN tail",
                        new CollaborativeStrategy(collaborative.withMaxDenseItems(1_000))),
                new Row("collaborative, item-kNN only", new CollaborativeStrategy(collaborative.withMaxDenseItems(0))),
                new Row("auto (tuned blend)", new AutoStrategy(AutoStrategy.Settings.DEFAULT)));
    }

    /** The popularity baseline that {@code make eval} sets the served strategies against: every train purchase. */
    public static Result popularityBaseline(HoldoutSplit holdout) {
        return evaluate(
                "popularity baseline (model core)",
                new PopularStrategy(new PopularStrategy.Settings(FeedbackWeights.DEFAULT, Duration.ofDays(36_500))),
                holdout,
                FeedbackWeights.DEFAULT);
    }

    /**
     * Builds the model on the train data and recommends {@value #K} items to every evaluated user, excluding what
     * they bought in train; histories are weighted by {@code historyWeights}.
     */
    public static Result evaluate(
            String label, ModelBuilder builder, HoldoutSplit holdout, FeedbackWeights historyWeights) {
        long t0 = System.nanoTime();
        long c0 = processCpu();
        ItemModel model = builder.build(holdout.train());
        long t1 = System.nanoTime();
        long c1 = processCpu();
        UserHistory[] histories = UserHistory.allOf(holdout.train(), historyWeights);
        Recommender recommender = model instanceof NeighbourTable table ? new Recommender(table) : null;
        BlendRecommender blend = model instanceof TunedBlend tuned ? tuned.recommender() : null;
        RankingMetrics metrics = new RankingMetrics(K);
        long t2 = System.nanoTime();
        long c2 = THREADS.getCurrentThreadCpuTime();
        for (HoldoutSplit.EvaluatedUser user : holdout.evaluated()) {
            IntPredicate bought = item -> holdout.boughtInTrain(user.user(), item);
            List<ScoredItem> top = recommender != null
                    ? recommender.recommend(histories[user.user()], K, bought)
                    : blend != null
                            ? blend.recommend(histories[user.user()], K, bought)
                            : ((RankedItems) model).top(K, bought);
            metrics.add(top.stream().map(ScoredItem::item).toList(), user.knownTargets(), user.targetCount());
        }
        long t3 = System.nanoTime();
        long c3 = THREADS.getCurrentThreadCpuTime();
        return new Result(
                label,
                metrics,
                metrics.coverage(holdout.train().items().size()),
                Duration.ofNanos(t1 - t0),
                Duration.ofNanos(c1 - c0),
                Duration.ofNanos(t3 - t2),
                Duration.ofNanos(c3 - c2),
                describe(model));
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static String describe(ItemModel model) {
        return switch (model) {
            case NeighbourTable table -> String.format(Locale.ROOT, "%,d neighbours", table.entries());
            case RankedItems list -> String.format(Locale.ROOT, "%,d ranked", list.size());
            case TunedBlend tuned ->
                String.format(
                        Locale.ROOT,
                        "%s; %,d neighbours; tuned in %.2f s over %d candidates, refit %.2f s",
                        tuned.tuning().blend().describe(),
                        tuned.recommender().personal().entries(),
                        seconds(tuned.tuning().tuning().toNanos()),
                        tuned.tuning().candidates(),
                        seconds(tuned.tuning().refit().toNanos()));
        };
    }

    private static void print(List<Result> results) {
        System.out.println("| strategy | P@10 | Recall@10 | NDCG@10 | HR@10 | coverage | build wall (cpu) "
                + "| recommend all wall (cpu) | model |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Result r : results) {
            RankingMetrics m = r.metrics();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %.4f | %.3f | %.2f s (%.2f s) | %.3f s (%.3f s) | %s |%n",
                    r.label(),
                    m.precision(),
                    m.recall(),
                    m.ndcg(),
                    m.hitRate(),
                    r.coverage(),
                    seconds(r.build().toNanos()),
                    seconds(r.buildCpu().toNanos()),
                    seconds(r.recommend().toNanos()),
                    seconds(r.recommendCpu().toNanos()),
                    r.model());
        }
        System.out.printf(
                Locale.ROOT,
                "(%d users; recommend all = %d items for each, one thread; load average %.1f)%n",
                results.isEmpty() ? 0 : results.getFirst().metrics().users(),
                K,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int a = 0; a + 1 < args.length; a++) {
            if (args[a].equals(name)) {
                return args[a + 1];
            }
        }
        return fallback;
    }
}

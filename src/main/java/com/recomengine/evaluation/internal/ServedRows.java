package com.recomengine.evaluation.internal;

import com.recomengine.platform.TenantScope;
import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.Recommendations;
import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.recommendations.model.eval.HoldoutSplit;
import com.recomengine.recommendations.model.eval.RankingMetrics;
import com.recomengine.shared.TenantId;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The evaluation's served rows: every evaluated shopper asked through the {@code Recommendations} facade. */
@Component
@ConditionalOnBooleanProperty("recomengine.evaluation.run")
@RequiredArgsConstructor
class ServedRows {

    static final int K = 10;

    private final Recommendations recommendations;

    record Row(String label, RankingMetrics metrics, double coverage, long nanos) {}

    /** Every evaluated shopper's items from the served strategy, in parallel; metrics at 10 in shopper order. */
    Row served(TenantId tenant, String strategy, int count, HoldoutSplit holdout, int threads) throws Exception {
        List<HoldoutSplit.EvaluatedUser> users = holdout.evaluated();
        List<List<RecommendedItem>> answers = new ArrayList<>(users.size());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
            List<Future<List<RecommendedItem>>> futures = new ArrayList<>(users.size());
            for (HoldoutSplit.EvaluatedUser user : users) {
                String customer = holdout.customerOf(user.user());
                futures.add(pool.submit(() -> TenantScope.call(
                        tenant,
                        () -> recommendations
                                .recommend(new RecommendationRequest(
                                        tenant, customer, null, null, null, strategy, count, null, null, null))
                                .items())));
            }
            for (Future<List<RecommendedItem>> future : futures) {
                answers.add(future.get());
            }
        }
        long nanos = System.nanoTime() - started;
        RankingMetrics metrics = new RankingMetrics(K);
        BitSet covered = new BitSet();
        int trainItems = holdout.counts().trainItems();
        Map<String, Integer> outside = new HashMap<>();
        for (int u = 0; u < users.size(); u++) {
            List<Integer> ranked = new ArrayList<>(K);
            for (RecommendedItem item :
                    answers.get(u).subList(0, Math.min(K, answers.get(u).size()))) {
                int index = holdout.trainItemOf(item.productId());
                if (index >= 0) {
                    covered.set(index);
                } else {
                    index = trainItems + outside.computeIfAbsent(item.productId(), id -> outside.size());
                }
                ranked.add(index);
            }
            metrics.add(ranked, users.get(u).knownTargets(), users.get(u).targetCount());
        }
        return new Row(strategy + " (served)", metrics, (double) covered.cardinality() / trainItems, nanos);
    }

    void print(List<Row> rows, PrintStream out) {
        out.println("| strategy | P@10 | Recall@10 | NDCG@10 | HR@10 | coverage | recommend all |");
        out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Row row : rows) {
            RankingMetrics m = row.metrics();
            out.printf(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %.4f | %.3f | %.2f s |%n",
                    row.label(),
                    m.precision(),
                    m.recall(),
                    m.ndcg(),
                    m.hitRate(),
                    row.coverage(),
                    EvaluationRun.seconds(row.nanos()));
        }
    }
}

package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.AutoTuningReport;
import com.recomengine.recommendations.ModelQuality;
import com.recomengine.recommendations.QualityReport;
import com.recomengine.recommendations.model.FeedbackWeights;
import com.recomengine.recommendations.model.ModelBuilder;
import com.recomengine.recommendations.model.PopularStrategy;
import com.recomengine.recommendations.model.eval.HoldoutSplit;
import com.recomengine.recommendations.model.eval.OfflineEvaluation;
import com.recomengine.recommendations.model.eval.Purchase;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@link ModelQuality} on the offline evaluator: the tenant's purchases of the history window, split in
 * time at 80 % of the span between the first and the last purchase, each strategy built as the engine builds it
 * plus the all-time popularity baseline. Latest reports are kept in memory: an evaluation is a look at the data
 * now, cheap to run again, not a record to keep.
 */
@Service
@RequiredArgsConstructor
class TenantModelQuality implements ModelQuality {

    static final double TRAIN_SHARE = 0.8;
    static final int ENOUGH_SHOPPERS = 20;
    static final String BASELINE = "popularity baseline";

    private final StrategyBuilders builders;
    private final TenantPurchases reader;
    private final AutoTunings tunings;
    private final Map<TenantId, QualityReport> latest = new ConcurrentHashMap<>();
    private final Set<TenantId> running = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<AutoTuningReport> tuning(TenantId tenant) {
        return tunings.latest(tenant);
    }

    @Override
    public QualityReport evaluate(TenantId tenant) {
        if (!running.add(tenant)) {
            throw Problems.conflict("An evaluation of this tenant is running already.");
        }
        try {
            QualityReport report = run(reader.of(tenant));
            latest.put(tenant, report);
            return report;
        } finally {
            running.remove(tenant);
        }
    }

    @Override
    public Optional<QualityReport> latest(TenantId tenant) {
        return Optional.ofNullable(latest.get(tenant));
    }

    QualityReport run(List<Purchase> purchases) {
        Instant now = Instant.now();
        if (purchases.size() < 2) {
            return new QualityReport(now, null, purchases.size(), 0, 0, 0, 0, List.of(), tooFew(purchases.size()));
        }
        LocalDateTime first = purchases.getFirst().time();
        LocalDateTime last = purchases.getLast().time();
        LocalDateTime splitAt =
                first.plus(Duration.between(first, last).multipliedBy(8).dividedBy(10));
        HoldoutSplit split = HoldoutSplit.at(purchases, splitAt);
        HoldoutSplit.Counts counts = split.counts();
        List<QualityReport.Row> rows = new ArrayList<>();
        if (counts.evaluatedUsers() > 0) {
            rows.add(row(BASELINE, true, baseline(), split));
            for (Strategy strategy : Strategy.values()) {
                rows.add(row(strategy.wireName(), false, builders.of(strategy), split));
            }
        }
        return new QualityReport(
                now,
                splitAt.toInstant(ZoneOffset.UTC),
                purchases.size(),
                counts.trainUsers(),
                counts.trainItems(),
                counts.evaluatedUsers(),
                counts.targets(),
                rows,
                note(counts));
    }

    private static ModelBuilder baseline() {
        return new PopularStrategy(new PopularStrategy.Settings(FeedbackWeights.DEFAULT, Duration.ofDays(36_500)));
    }

    private static QualityReport.Row row(String label, boolean baseline, ModelBuilder builder, HoldoutSplit split) {
        OfflineEvaluation.Result result = OfflineEvaluation.evaluate(label, builder, split, FeedbackWeights.DEFAULT);
        var m = result.metrics();
        return new QualityReport.Row(
                label,
                baseline,
                m.precision(),
                m.recall(),
                m.ndcg(),
                m.hitRate(),
                result.coverage(),
                m.users(),
                result.build());
    }

    private static String tooFew(int purchases) {
        return "There " + (purchases == 1 ? "is 1 purchase" : "are " + purchases + " purchases")
                + " in the history, too few to evaluate anything: the evaluation hides each shopper's latest "
                + "purchases and checks whether the strategies would have suggested them.";
    }

    private static @Nullable String note(HoldoutSplit.Counts counts) {
        if (counts.evaluatedUsers() == 0) {
            return "No shopper bought something both before and after the split point, so there is nothing to "
                    + "check the strategies against yet. Send more purchases (with userId) and run it again.";
        }
        if (counts.evaluatedUsers() < ENOUGH_SHOPPERS) {
            return "Only " + counts.evaluatedUsers() + (counts.evaluatedUsers() == 1 ? " shopper" : " shoppers")
                    + " bought something new after the split point: with "
                    + "so few, one shopper more or less changes the figures a lot. Read them as a first hint; "
                    + ENOUGH_SHOPPERS + " or more give steadier numbers.";
        }
        return null;
    }
}

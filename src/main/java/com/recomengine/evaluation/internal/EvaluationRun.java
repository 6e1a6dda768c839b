package com.recomengine.evaluation.internal;

import com.recomengine.catalog.BatchReport;
import com.recomengine.evaluation.OnlineRetailCatalog;
import com.recomengine.events.ImportTotals;
import com.recomengine.platform.TenantScope;
import com.recomengine.recommendations.AutoTuningReport;
import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.ModelQuality;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.recommendations.model.eval.HoldoutSplit;
import com.recomengine.recommendations.model.eval.OfflineEvaluation;
import com.recomengine.recommendations.model.eval.Purchase;
import com.recomengine.recommendations.model.eval.RetailLog;
import com.recomengine.shared.TenantId;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code make eval}: the offline protocol of the recommendations issue, run through the real application. A fresh
 * tenant is made through the HTTP API (retention long enough for a year of history), the data set's catalog goes
 * through the catalog's CSV feed import and its train purchases (before the split) through the real ingestion,
 * every purchase shifted so that the split falls on the start of the run (to the minute): the models built then,
 * through the same build as the scheduled job's, are built as of the split, give or take the ingestion's minutes;
 * then every evaluated shopper is asked for 10 items per strategy through the {@code Recommendations} facade
 * (history from the events table, purchases excluded by the tenant setting, filters and fallbacks as served). Test
 * purchases never reach the server: they are the targets. The table sets each strategy against the popularity
 * baseline computed by the model core on the same split.
 *
 * <p>Only in a start with {@code recomengine.evaluation.run}: it runs once the start is ready, and its exit code (0
 * every bar met, 2 not, 1 the run failed) ends the start in the application's entry point.
 */
@Component
@ConditionalOnBooleanProperty("recomengine.evaluation.run")
@RequiredArgsConstructor
class EvaluationRun implements ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(EvaluationRun.class);
    private static final int K = ServedRows.K;
    private static final List<String> EVALUATED =
            List.of("auto", "collaborative", "content_based", "frequently_bought_together", "trending", "popular");

    private final EvaluationProperties options;
    private final OnlineRetailCatalog catalog;
    private final RecommendationModels models;
    private final ModelQuality quality;
    private final ServedRows servedRows;
    private final EvaluationTenants tenants;
    private final PrintStream out = System.out;
    private volatile int exitCode = 1;

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        try {
            exitCode = evaluate() ? 0 : 2;
        } catch (Exception e) {
            log.error("The evaluation failed", e);
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Runs the protocol and prints the table; true when every bar is met. */
    boolean evaluate() throws Exception {
        Path data = Path.of(options.dataFile());
        if (!Files.isReadable(data)) {
            throw new IllegalArgumentException("No data file at " + data.toAbsolutePath() + " (set DATA=...)");
        }
        long t0 = System.nanoTime();
        RetailLog.Contents log = RetailLog.read(data);
        LocalDateTime splitAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        Duration shift = Duration.between(options.split().atStartOfDay(), splitAt);
        List<Purchase> shifted =
                log.purchases().stream().map(p -> p.shiftedBy(shift)).toList();
        HoldoutSplit holdout = HoldoutSplit.at(shifted, splitAt);
        HoldoutSplit.Counts counts = holdout.counts();
        out.printf(
                Locale.ROOT,
                "%n%s: %,d lines, %,d purchases kept; split %s (shifted +%d days %d h %02d min to %s)%n",
                data,
                log.lines(),
                log.purchases().size(),
                options.split(),
                shift.toDays(),
                shift.toHoursPart(),
                shift.toMinutesPart(),
                holdout.splitAt());
        out.printf(
                Locale.ROOT,
                "train users %,d, train items %,d, train (user, item) pairs %,d; evaluated users %,d "
                        + "with %,d targets%n",
                counts.trainUsers(),
                counts.trainItems(),
                counts.trainPairs(),
                counts.evaluatedUsers(),
                counts.targets());

        TenantId tenant = tenants.fresh();
        try (TenantScope.Entered ignored = TenantScope.enter(tenant)) {
            long t1 = System.nanoTime();
            BatchReport products = catalog.importInto(tenant, data);
            long t2 = System.nanoTime();
            List<Purchase> train =
                    shifted.stream().filter(p -> p.time().isBefore(splitAt)).toList();
            ImportTotals sent = models.importPurchases(tenant, train);
            long t3 = System.nanoTime();
            out.printf(
                    Locale.ROOT,
                    "tenant %s: catalog %,d products in %.1f s; %,d train purchases through the ingestion "
                            + "in %.1f s (%,d stored, %,d duplicates, %,d rejected)%n",
                    tenant,
                    products.accepted(),
                    seconds(t2 - t1),
                    train.size(),
                    seconds(t3 - t2),
                    sent.accepted(),
                    sent.duplicates(),
                    sent.rejected());

            long cpu0 = processCpu();
            ModelBuildReport build = models.rebuild(tenant);
            long buildCpu = processCpu() - cpu0;
            out.printf(
                    Locale.ROOT,
                    "model build (the job's, now: as of the split): %.2f s wall, %.2f CPU-seconds — read %,d interactions of %,d users "
                            + "in %.2f s, build %.2f s, store %.2f s; %,d items, %s%n%n",
                    build.totalMillis() / 1e3,
                    seconds(buildCpu),
                    build.interactions(),
                    build.users(),
                    build.readMillis() / 1e3,
                    build.buildMillis() / 1e3,
                    build.storeMillis() / 1e3,
                    build.items(),
                    build.sizes());
            AutoTuningReport tuning = quality.tuning(tenant).orElseThrow();
            out.printf(
                    Locale.ROOT,
                    "auto: %s — tuned in %.2f s (%d candidates, holdout from %s, %,d shoppers), refit %.2f s%n",
                    tuning.blend(),
                    tuning.tuningMillis() / 1e3,
                    tuning.candidates(),
                    tuning.splitAt(),
                    tuning.evaluatedShoppers(),
                    tuning.refitMillis() / 1e3);
            for (AutoTuningReport.Figure figure : tuning.holdout()) {
                out.printf(
                        Locale.ROOT,
                        "  holdout %-27s NDCG@10 %.4f, coverage %.3f%n",
                        figure.strategy(),
                        figure.ndcg(),
                        figure.coverage());
            }
            out.println();

            List<ServedRows.Row> rows = new ArrayList<>();
            OfflineEvaluation.Result baseline = OfflineEvaluation.popularityBaseline(holdout);
            rows.add(new ServedRows.Row(
                    "popularity baseline (all train, model core)",
                    baseline.metrics(),
                    baseline.coverage(),
                    baseline.recommend().toNanos()));
            // A first pass reads every shopper's history from the events table (as a cache miss does); it asks for one
            // item more than the measured passes, so that these find no answer of it cached, only the histories held
            // as serving holds them.
            ServedRows.Row cold = servedRows.served(tenant, "collaborative", K + 1, holdout, options.threads());
            for (String strategy : EVALUATED) {
                rows.add(servedRows.served(tenant, strategy, K, holdout, options.threads()));
            }
            servedRows.print(rows, out);
            out.printf(
                    Locale.ROOT,
                    "(recommend all = every evaluated shopper, %d threads, answer caches empty; the first "
                            + "pass, which also read each shopper's history from PostgreSQL, took %.2f s)%n",
                    options.threads(),
                    seconds(cold.nanos()));
            ServedRows.Row auto = rows.get(1);
            double bestSingle = rows.subList(2, rows.size()).stream()
                    .mapToDouble(row -> row.metrics().ndcg())
                    .max()
                    .orElse(0);
            boolean met = auto.metrics().ndcg() >= 0.125
                    && auto.metrics().ndcg() >= bestSingle
                    && auto.coverage() >= 0.20
                    && build.totalMillis() < 30_000
                    && auto.nanos() < 2_000_000_000L;
            out.printf(
                    Locale.ROOT,
                    "%nbars: auto NDCG@10 %.4f (>= 0.125 and >= the best single strategy's %.4f), coverage %.3f "
                            + "(>= 0.20), whole build %.2f s with tuning (< 30 s), recommend all %,d users %.2f s "
                            + "(< 2 s): %s%n",
                    auto.metrics().ndcg(),
                    bestSingle,
                    auto.coverage(),
                    build.totalMillis() / 1e3,
                    counts.evaluatedUsers(),
                    seconds(auto.nanos()),
                    met ? "all met" : "NOT MET");
            out.printf(
                    Locale.ROOT,
                    "whole run %.1f s, %d cores, load average %.1f%n",
                    seconds(System.nanoTime() - t0),
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return met;
        }
    }

    /** The process's CPU time (all threads): during the build nothing else of this process runs. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

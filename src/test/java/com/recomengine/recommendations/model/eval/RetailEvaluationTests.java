package com.recomengine.recommendations.model.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.model.CollaborativeStrategy;
import com.recomengine.recommendations.model.FeedbackWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol of the recommendations issue on the real UCI Online Retail file (read, never copied). */
class RetailEvaluationTests {

    static final Path DATA = Path.of("../shared/data/online_retail.csv.gz");

    static HoldoutSplit split;

    @BeforeAll
    static void readTheRealData() throws Exception {
        assertThat(Files.isRegularFile(DATA))
                .as(
                        "the evaluation needs the UCI Online Retail file at %s (relative to the project root)",
                        DATA.toAbsolutePath().normalize())
                .isTrue();
        split = HoldoutSplit.of(RetailLog.read(DATA).purchases(), LocalDate.parse("2011-11-01"), LocalDate.now());
    }

    @Test
    void theFilterAndSplitFindTheIssuesCounts() {
        assertThat(split.counts()).isEqualTo(new HoldoutSplit.Counts(3_970, 3_607, 220_880, 1_449, 33_453));
    }

    @Test
    void collaborativeReachesTheQualityBars() {
        OfflineEvaluation.Result result = OfflineEvaluation.evaluate(
                "collaborative",
                new CollaborativeStrategy(CollaborativeStrategy.Settings.DEFAULT),
                split,
                FeedbackWeights.DEFAULT);

        assertThat(result.metrics().ndcg()).isGreaterThanOrEqualTo(0.100);
        assertThat(result.coverage()).isGreaterThanOrEqualTo(0.20);
        assertThat(result.metrics().users()).isEqualTo(1_449);
    }
}

package com.recomengine.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.recommendations.Rotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemotionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void halfStrengthHalvesAShownScoreAndMovesItBelowWhatNowScoresHigher() {
        List<RecommendedItem> ranked = items("a", 10, "b", 8, "c", 6, "d", 4, "e", 2);
        List<RecommendedItem> rotated = new Demotion(Set.of("a"), 0.5).apply(ranked);
        assertThat(ids(rotated)).containsExactly("b", "c", "a", "d", "e");
        assertThat(rotated.get(2).score()).isEqualTo(5.0);
    }

    @Test
    void aDemotedItemStaysAboveAnEqualScore() {
        List<RecommendedItem> rotated = new Demotion(Set.of("a"), 0.5).apply(items("a", 8, "b", 6, "c", 4, "d", 2));
        assertThat(ids(rotated)).containsExactly("b", "a", "c", "d");
    }

    @Test
    void fullStrengthPutsEveryShownItemAfterEveryOtherInTheirOwnOrder() {
        List<RecommendedItem> rotated =
                new Demotion(Set.of("a", "c"), 0).apply(items("a", 10, "b", 8, "c", 6, "d", 4, "e", 0));
        assertThat(ids(rotated)).containsExactly("b", "d", "e", "a", "c");
        assertThat(rotated.get(3).score()).isZero();
    }

    @Test
    void onlyShownItemsMoveAndOnlyDownSoAFallbacksHigherScoresStayBehind() {
        // A strategy's list (scores near 1) followed by a fallback's (scores in the hundreds).
        List<RecommendedItem> chain = items("a", 0.9, "b", 0.5, "c", 0.3, "p", 100, "q", 50);
        assertThat(ids(new Demotion(Set.of("a"), 0.5).apply(chain))).containsExactly("b", "a", "c", "p", "q");
        assertThat(ids(new Demotion(Set.of("p"), 0.5).apply(chain))).containsExactly("a", "b", "c", "p", "q");
    }

    @Test
    void onlyImpressionsInsideTheWindowCount() {
        Shopper.Shown shown = new Shopper.Shown(
                List.of(
                        new Shopper.Shown.Impression("new", NOW.minus(Duration.ofMinutes(30))),
                        new Shopper.Shown.Impression("old", NOW.minus(Duration.ofHours(3)))),
                NOW.minus(Duration.ofHours(48)),
                true);
        Shopper shopper = new Shopper(List.of(), Set.of(), shown, 1);
        assertThat(Demotion.of(new Rotation(2, 1), shopper, NOW).shown()).containsExactly("new");
        assertThat(Demotion.of(new Rotation(4, 1), shopper, NOW).shown()).containsExactlyInAnyOrder("new", "old");
        assertThat(Demotion.of(new Rotation(4, 0), shopper, NOW))
                .as("strength 0")
                .isEqualTo(Demotion.NONE);
        assertThat(Demotion.of(null, shopper, NOW)).isEqualTo(Demotion.NONE);
    }

    @Test
    void aReadOfTheLatestImpressionsUpToItsBoundAnswersForAnyWindow() {
        Instant since = NOW.minus(Duration.ofHours(2));
        assertThat(new Shopper.Shown(List.of(), since, true).covers(NOW.minus(Duration.ofHours(1))))
                .isTrue();
        assertThat(new Shopper.Shown(List.of(), since, true).covers(NOW.minus(Duration.ofHours(3))))
                .isFalse();
        assertThat(new Shopper.Shown(List.of(), since, false).covers(NOW.minus(Duration.ofHours(3))))
                .isTrue();
    }

    private static List<RecommendedItem> items(Object... idsAndScores) {
        List<RecommendedItem> items = new ArrayList<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            String id = (String) idsAndScores[i];
            double score = ((Number) idsAndScores[i + 1]).doubleValue();
            items.add(new RecommendedItem(id, id, null, null, null, null, score, "Popular in the shop", List.of()));
        }
        return items;
    }

    private static List<String> ids(List<RecommendedItem> items) {
        return items.stream().map(RecommendedItem::productId).toList();
    }
}

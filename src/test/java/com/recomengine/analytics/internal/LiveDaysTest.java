package com.recomengine.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.events.LiveCounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the live counters lift a snapshot of today taken from the events table. */
class LiveDaysTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void countersAheadOfTheSnapshotLiftItsOnlyArm() {
        DayFigures snapshot = day(group("home", "popular", "-", 10, 2));
        DayFigures lifted = LiveDays.lift(snapshot, List.of(new LiveCounts("home", "popular", 13, 2, 1, 500)));
        assertThat(lifted.groups())
                .containsExactly(
                        new GroupFigures(new GroupKey("home", "popular", "-"), new Counts(13, 2, 1, 500, 0, 0), 4));
    }

    @Test
    void countersBehindTheSnapshotNeverLowerIt() {
        DayFigures snapshot = day(group("home", "popular", "-", 10, 2));
        assertThat(LiveDays.lift(snapshot, List.of(new LiveCounts("home", "popular", 3, 0, 0, 0))))
                .isEqualTo(snapshot);
        assertThat(LiveDays.lift(snapshot, List.of())).isEqualTo(snapshot);
    }

    @Test
    void withSeveralArmsTheLiftWaitsUnderNoArmAndNewGroupsAppear() {
        DayFigures snapshot = day(group("home", "popular", "control", 5, 1), group("home", "popular", "variant", 5, 1));
        DayFigures lifted = LiveDays.lift(
                snapshot,
                List.of(new LiveCounts("home", "popular", 12, 2, 0, 0), new LiveCounts("pdp", "-", 4, 0, 0, 0)));
        assertThat(lifted.groups())
                .contains(
                        new GroupFigures(new GroupKey("home", "popular", "-"), new Counts(2, 0, 0, 0, 0, 0), 0),
                        new GroupFigures(new GroupKey("pdp", "-", "-"), new Counts(4, 0, 0, 0, 0, 0), 0));
        assertThat(lifted.counts()).isEqualTo(new Counts(16, 2, 0, 0, 0, 0));
    }

    private static GroupFigures group(
            String placement, String strategy, String variant, long impressions, long clicks) {
        return new GroupFigures(
                new GroupKey(placement, strategy, variant), new Counts(impressions, clicks, 0, 0, 0, 0), 4);
    }

    private static DayFigures day(GroupFigures... groups) {
        return new DayFigures(DAY, List.of(groups), List.of(), new DayTotals(20, 4, 0, 3));
    }
}

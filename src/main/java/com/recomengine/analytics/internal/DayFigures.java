package com.recomengine.analytics.internal;

import java.time.LocalDate;
import java.util.List;

/** Everything analytics keeps of one tenant's day: per group, per product, and the day's totals. */
record DayFigures(LocalDate day, List<GroupFigures> groups, List<ProductFigures> products, DayTotals totals) {

    Counts counts() {
        Counts sum = Counts.ZERO;
        for (GroupFigures group : groups) {
            sum = sum.plus(group.counts());
        }
        return sum;
    }
}

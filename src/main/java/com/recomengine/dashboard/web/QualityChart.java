package com.recomengine.dashboard.web;

import com.recomengine.recommendations.QualityReport;
import java.util.List;

/**
 * The model-quality page's bar chart: NDCG per strategy as bars scaled to the best one, drawn by the server as SVG
 * attributes (no inline style, so the page's content security policy holds).
 */
record QualityChart(List<Bar> bars) {

    /** One strategy: its NDCG, the bar's length in percent of the longest, and whether it is the baseline. */
    record Bar(String strategy, double ndcg, double length, boolean baseline) {}

    static QualityChart of(QualityReport report) {
        double best = report.rows().stream()
                .mapToDouble(QualityReport.Row::ndcg)
                .max()
                .orElse(0);
        return new QualityChart(report.rows().stream()
                .map(row -> new Bar(
                        row.strategy(),
                        row.ndcg(),
                        best > 0 ? Math.round(1000 * row.ndcg() / best) / 10.0 : 0,
                        row.baseline()))
                .toList());
    }
}

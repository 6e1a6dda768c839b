package com.recomengine.dashboard.web;

import com.recomengine.analytics.TimeSeries;
import java.util.List;
import java.util.Locale;

/**
 * A KPI tile's trend: the daily values of its range as one SVG path in a {@value #WIDTH} × {@value #HEIGHT} box,
 * drawn by the server (no script). A day without a value (a rate with nothing to divide) breaks the line; fewer
 * than two points draw nothing.
 */
record Sparkline(String path) {

    static final int WIDTH = 100;
    static final int HEIGHT = 24;

    static Sparkline of(List<TimeSeries.Point> points) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (TimeSeries.Point p : points) {
            if (p.value() != null) {
                max = Math.max(max, p.value().doubleValue());
                min = Math.min(min, p.value().doubleValue());
            }
        }
        if (points.size() < 2 || min == Double.MAX_VALUE) {
            return new Sparkline("");
        }
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Number value = points.get(i).value();
            if (value == null) {
                drawing = false;
                continue;
            }
            double x = (double) i * WIDTH / (points.size() - 1);
            double y = HEIGHT - 2 - (value.doubleValue() - min) / span * (HEIGHT - 4);
            path.append(drawing ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            drawing = true;
        }
        return new Sparkline(path.toString());
    }

    public boolean isEmpty() {
        return path.isEmpty();
    }
}

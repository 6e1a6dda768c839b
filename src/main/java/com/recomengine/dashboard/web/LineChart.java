package com.recomengine.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A time series drawn as inline SVG on the server (no chart library reaches the browser): the current range as a
 * line over a shaded area, optionally the previous range as a dashed line, a y axis with round ticks and a few
 * date labels. Missing values (a rate with nothing to divide by) break the line.
 */
public record LineChart(
        String currentPath,
        String areaPath,
        String previousPath,
        List<Tick> yTicks,
        List<Label> xLabels,
        List<Dot> dots,
        boolean empty) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 240;
    static final double LEFT = 56;
    static final double RIGHT = 12;
    static final double TOP = 12;
    static final double BOTTOM = 28;

    public record Tick(double y, String text) {}

    public record Label(double x, String text) {}

    /** A point with its hover text (an SVG title, read by screen readers and shown on hover). */
    public record Dot(double x, double y, String title) {}

    /** One bucket: its axis label, hover label and value (null when undefined). */
    public record Point(
            String label, String longLabel, @Nullable Double value) {}

    public static LineChart of(List<Point> current, List<Point> previous, DoubleFunction<String> valueText) {
        double max = 0;
        for (List<Point> series : List.of(current, previous)) {
            for (Point p : series) {
                if (p.value() != null) {
                    max = Math.max(max, p.value());
                }
            }
        }
        boolean empty = max == 0;
        double top = niceCeiling(max == 0 ? 1 : max);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            ticks.add(new Tick(y(value, top), valueText.apply(value)));
        }
        int n = current.size();
        List<Label> labels = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(n / 7.0));
        for (int i = 0; i < n; i += every) {
            labels.add(new Label(x(i, n), current.get(i).label()));
        }
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point p = current.get(i);
            if (p.value() != null) {
                dots.add(new Dot(x(i, n), y(p.value(), top), p.longLabel() + ": " + valueText.apply(p.value())));
            }
        }
        return new LineChart(
                path(current, n, top), area(current, n, top), path(previous, n, top), ticks, labels, dots, empty);
    }

    static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return round(count <= 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1));
    }

    private static double y(double value, double top) {
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top));
    }

    private static String path(List<Point> series, int count, double top) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < series.size() && i < count; i++) {
            Double value = series.get(i).value();
            if (value == null) {
                drawing = false;
                continue;
            }
            d.append(drawing ? " L" : " M").append(num(x(i, count))).append(' ').append(num(y(value, top)));
            drawing = true;
        }
        return d.toString().strip();
    }

    /** The area under the line, closed along the x axis; only for a series without gaps. */
    private static String area(List<Point> series, int count, double top) {
        if (series.isEmpty() || series.stream().anyMatch(p -> p.value() == null)) {
            return "";
        }
        double base = y(0, top);
        return "M" + num(x(0, count)) + " " + num(base) + " L"
                + path(series, count, top).substring(1) + " L" + num(x(series.size() - 1, count)) + " " + num(base)
                + " Z";
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

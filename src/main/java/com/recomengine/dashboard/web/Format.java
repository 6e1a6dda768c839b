package com.recomengine.dashboard.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How pages write dates, numbers and strategy names: templates call it as {@code @fmt}. Times are UTC. */
@Component("fmt")
public class Format {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String day(@Nullable Instant at) {
        return at == null ? "—" : DAY.format(at);
    }

    public String date(@Nullable LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    public String moment(@Nullable Instant at) {
        return at == null ? "—" : MOMENT.format(at);
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago", then the date. */
    public String ago(@Nullable Instant at) {
        if (at == null) {
            return "never";
        }
        long seconds = Duration.between(at, Instant.now()).toSeconds();
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        if (seconds < 30 * 86_400L) {
            long days = seconds / 86_400;
            return days + (days == 1 ? " day ago" : " days ago");
        }
        return day(at);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    public String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** 0.0523 → "5.23 %". */
    public String percent(double ratio, int digits) {
        return decimal(ratio * 100, digits) + " %";
    }

    /** A signed percentage, for lifts: 0.05 → "+5.0 %". */
    public String signedPercent(double ratio, int digits) {
        return (ratio > 0 ? "+" : ratio < 0 ? "−" : "") + decimal(Math.abs(ratio) * 100, digits) + " %";
    }

    /** 2.5 GBP → "£2.50"; a price without (or with an unknown) currency is written as a plain number. */
    /** A product's own colour for its thumbnail tile when it has no image: a hue from its id. */
    public int hue(String productId) {
        return Math.floorMod(productId.hashCode() * 47, 360);
    }

    /** The first letter of a product's name, for its thumbnail tile. */
    public String initial(@Nullable String name) {
        return name == null || name.isBlank()
                ? "?"
                : name.strip().substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** Whether an image URL is one a page may load (http or https). */
    public boolean loadable(@Nullable String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    public String price(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return "—";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
            format.setCurrency(Currency.getInstance(currency == null ? "" : currency));
            return format.format(amount);
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + (currency == null ? "" : " " + currency);
        }
    }

    public String pValue(@Nullable Double p) {
        if (p == null) {
            return "—";
        }
        return p < 0.001 ? "< 0.001" : decimal(p, 3);
    }

    public String metric(@Nullable String wire) {
        return switch (wire == null ? "" : wire) {
            case "ctr" -> "Click-through rate";
            case "conversion_rate" -> "Conversion rate";
            case "revenue_per_user" -> "Revenue per user";
            case "" -> "—";
            default -> strategy(wire);
        };
    }

    public String verdict(String wire) {
        return switch (wire) {
            case "variant_wins" -> "The variant wins";
            case "control_wins" -> "The control wins";
            case "srm_warning" -> "Sample ratio mismatch: do not trust these numbers yet";
            default -> "Inconclusive so far";
        };
    }

    public String strategy(@Nullable String wire) {
        if (wire == null || wire.isBlank()) {
            return "—";
        }
        if (wire.equals("auto")) {
            return "Auto (tuned blend)";
        }
        String words = wire.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

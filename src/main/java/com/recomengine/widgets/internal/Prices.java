package com.recomengine.widgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A card's price: the amount, its ISO 4217 currency and the display text formatted for a locale ("£2.95"). */
final class Prices {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Formats are costly to build and not thread-safe: one prototype per locale and currency, cloned per use. */
    private static final Map<String, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    private Prices() {}

    static SduiDocument.@Nullable Price of(@Nullable BigDecimal amount, @Nullable String currency, Locale locale) {
        if (amount == null
                || amount.signum() < 0
                || currency == null
                || !CURRENCY.matcher(currency).matches()) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return new SduiDocument.Price(plain, currency, Texts.cut(display(amount, currency, locale), 40));
    }

    private static String display(BigDecimal amount, String code, Locale locale) {
        try {
            NumberFormat prototype = FORMATS.size() < 1_000
                    ? FORMATS.computeIfAbsent(locale.toLanguageTag() + " " + code, k -> format(locale, code))
                    : format(locale, code);
            return ((NumberFormat) prototype.clone()).format(amount);
        } catch (IllegalArgumentException e) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + code;
        }
    }

    private static NumberFormat format(Locale locale, String code) {
        Currency currency = Currency.getInstance(code);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }
}

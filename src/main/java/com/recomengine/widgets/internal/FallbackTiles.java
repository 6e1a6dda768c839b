package com.recomengine.widgets.internal;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tile a client draws in a card's image box when the item has no image or its image fails to load: the
 * initials of the first two words of the title (else of the product id) in white on
 * {@code hsl(FNV-1a(productId) mod 360, 42 %, 38 %)}. The SDK computes the same tile (sdk-js/src/sdui.ts
 * {@code fallbackOf}); native apps take it from the document.
 */
final class FallbackTiles {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double SATURATION = 0.42;
    private static final double LIGHTNESS = 0.38;

    private FallbackTiles() {}

    static SduiDocument.Fallback of(String productId, String title) {
        return new SduiDocument.Fallback(initials(title, productId), background(productId));
    }

    static String initials(String title, String productId) {
        StringBuilder initials = new StringBuilder();
        firstLetters(title, initials);
        if (initials.isEmpty()) {
            firstLetters(productId, initials);
        }
        return initials.isEmpty() ? "?" : initials.toString().toUpperCase(Locale.ROOT);
    }

    private static void firstLetters(String text, StringBuilder into) {
        Matcher words = WORD.matcher(text);
        for (int found = 0; found < 2 && words.find(); found++) {
            into.appendCodePoint(text.codePointAt(words.start()));
        }
    }

    /** FNV-1a (32 bit) over the id's UTF-16 code units picks the hue. */
    static String background(String productId) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < productId.length(); i++) {
            hash = (hash ^ productId.charAt(i)) * 0x01000193;
        }
        int hue = (int) (Integer.toUnsignedLong(hash) % 360);
        double a = SATURATION * Math.min(LIGHTNESS, 1 - LIGHTNESS);
        byte[] rgb = new byte[3];
        int[] offsets = {0, 8, 4};
        for (int c = 0; c < 3; c++) {
            double k = (offsets[c] + hue / 30.0) % 12;
            double value = LIGHTNESS - a * Math.max(-1, Math.min(Math.min(k - 3, 9 - k), 1));
            rgb[c] = (byte) Math.round(255 * value);
        }
        return "#" + HexFormat.of().formatHex(rgb);
    }
}

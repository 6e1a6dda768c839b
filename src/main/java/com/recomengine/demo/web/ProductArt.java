package com.recomengine.demo.web;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product picture for the demo catalog, drawn rather than photographed (the UCI data has none): a soft backdrop
 * in the category's colour, the category's object in the middle, tinted by the product id so that neighbours on a
 * shelf differ, and the product's initials on a tag. A few hundred bytes of SVG, the same for the same product.
 */
final class ProductArt {

    /** One object per category: SVG shapes in a 200 × 200 box, drawn in {@code currentColor}. */
    private static final Map<String, String> OBJECTS = Map.ofEntries(
            Map.entry(
                    "Kitchen & Dining",
                    "<path d='M62 70h64v58a22 22 0 0 1-22 22H84a22 22 0 0 1-22-22z'/>"
                            + "<path d='M126 84h8a16 16 0 0 1 0 32h-8v-10h8a6 6 0 0 0 0-12h-8z'/>"),
            Map.entry(
                    "Candles & Lighting",
                    "<rect x='80' y='80' width='40' height='72' rx='6'/><path d='M100 50c10 12 10 22 0 26"
                            + "c-10-4-10-14 0-26z' fill='#f5b942'/>"),
            Map.entry(
                    "Bags & Storage",
                    "<path d='M56 84h88l-8 70H64z'/><path d='M78 84v-10a22 22 0 0 1 44 0v10h-8v-10a14 14 0 0 0-28"
                            + " 0v10z'/>"),
            Map.entry(
                    "Stationery & Cards",
                    "<rect x='58' y='62' width='84' height='84' rx='6'/><path d='M58 66l42 34 42-34' fill='none'"
                            + " stroke='#fff' stroke-width='6'/>"),
            Map.entry(
                    "Christmas",
                    "<circle cx='100' cy='112' r='38'/><rect x='90' y='64' width='20' height='14' rx='3'/>"
                            + "<path d='M70 106h60' stroke='#fff' stroke-width='5'/>"),
            Map.entry("Easter", "<ellipse cx='100' cy='108' rx='34' ry='44'/>"),
            Map.entry(
                    "Toys & Games",
                    "<circle cx='100' cy='112' r='36'/><circle cx='72' cy='74' r='14'/><circle cx='128' cy='74'"
                            + " r='14'/>"),
            Map.entry(
                    "Home & Textiles",
                    "<rect x='54' y='70' width='92' height='70' rx='20'/><path d='M60 105h80' stroke='#fff'"
                            + " stroke-width='4' stroke-dasharray='8 6'/>"),
            Map.entry(
                    "Jewellery & Accessories",
                    "<circle cx='100' cy='112' r='34' fill='none' stroke='currentColor' stroke-width='10'/>"
                            + "<path d='M100 58l14 16-14 14-14-14z'/>"),
            Map.entry(
                    "Party & Gift Wrap",
                    "<rect x='60' y='86' width='80' height='64' rx='4'/><rect x='54' y='72' width='92' height='18'"
                            + " rx='4'/><path d='M100 72v78' stroke='#fff' stroke-width='8'/>"),
            Map.entry(
                    "Garden & Outdoor",
                    "<path d='M72 118h56l-8 36H80z'/><path d='M100 118V78' stroke='currentColor' stroke-width='6'/>"
                            + "<ellipse cx='84' cy='86' rx='16' ry='8'/><ellipse cx='116' cy='76' rx='16' ry='8'/>"),
            Map.entry(
                    "Home Decor",
                    "<path d='M100 52l44 40v58H56V92z'/><rect x='90' y='118' width='20' height='32' fill='#fff'"
                            + " opacity='.7'/>"));

    private static final String GIFT =
            "<rect x='60' y='86' width='80' height='64' rx='4'/><path d='M100 86v64M60 112h80' stroke='#fff'"
                    + " stroke-width='7'/><path d='M100 86c-20-24-36-4 0 0c36-4 20-24 0 0' fill='none'"
                    + " stroke='currentColor' stroke-width='6'/>";

    private ProductArt() {}

    static String svg(String productId, String name, @Nullable String category) {
        int hue = category == null ? 210 : Math.floorMod(category.hashCode() * 37, 360);
        int tint = Math.floorMod(hue + Math.floorMod(productId.hashCode(), 60) - 30, 360);
        String object = category == null ? GIFT : OBJECTS.getOrDefault(category, GIFT);
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 200' role='img'><title>"
                + escape(name) + "</title><defs><linearGradient id='g' x1='0' y1='0' x2='1' y2='1'>"
                + "<stop offset='0' stop-color='hsl(" + hue + ",60%,94%)'/><stop offset='1' stop-color='hsl("
                + hue + ",55%,84%)'/></linearGradient></defs><rect width='200' height='200' fill='url(#g)'/>"
                + "<ellipse cx='100' cy='158' rx='56' ry='8' fill='hsl(" + hue + ",30%,70%)' opacity='.5'/>"
                + "<g color='hsl(" + tint + ",55%,48%)' fill='currentColor'>" + object + "</g>"
                + "<rect x='12' y='12' width='44' height='24' rx='12' fill='#fff' opacity='.85'/>"
                + "<text x='34' y='29' font-family='system-ui,sans-serif' font-size='13' font-weight='700'"
                + " text-anchor='middle' fill='hsl(" + tint + ",45%,30%)'>" + initials(name) + "</text></svg>";
    }

    /** The first letters of the first two words that start with a letter or digit. */
    static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0)) && letters.length() < 2) {
                letters.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return letters.isEmpty() ? "•" : escape(letters.toString().toUpperCase(Locale.ROOT));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&apos;");
    }
}

package com.recomengine.catalog.internal;

import com.recomengine.shared.problem.Problems;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a merchant's CSV feed onto products by its header names, compared without case, spaces, dashes or
 * underscores ({@code Image Link} = {@code image_link} = {@code imagelink}). The first name of a field's list that
 * the header has wins; every other column becomes a string attribute. Values are converted leniently (a price
 * such as {@code 15.00 USD} also sets the currency; availability accepts {@code in stock}, {@code out_of_stock},
 * yes/no, 1/0) and then validated like any product.
 */
final class CsvFeed {

    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("productId", List.of("productid", "id", "sku", "stockcode", "itemid"));
        FIELDS.put("name", List.of("name", "title", "productname", "description"));
        FIELDS.put("category", List.of("category", "productcategory", "producttype", "categoryname"));
        FIELDS.put("price", List.of("price", "unitprice", "saleprice"));
        FIELDS.put("currency", List.of("currency", "currencycode"));
        FIELDS.put("imageUrl", List.of("imageurl", "imagelink", "image"));
        FIELDS.put("url", List.of("url", "link", "producturl"));
        FIELDS.put("available", List.of("available", "availability", "instock"));
        FIELDS.put("dataVersion", List.of("dataversion", "version"));
    }

    private static final Pattern PRICE =
            Pattern.compile("(?:([A-Za-z]{3})\\s*)?(-?[0-9]+(?:\\.[0-9]+)?)(?:\\s*([A-Za-z]{3}))?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");

    private final Map<String, Integer> fields;
    private final Map<Integer, String> attributes;
    private final int width;

    private CsvFeed(Map<String, Integer> fields, Map<Integer, String> attributes, int width) {
        this.fields = fields;
        this.attributes = attributes;
        this.width = width;
    }

    /** The mapping a header line defines; 400 when it has no product id or no name column. */
    static CsvFeed of(List<String> header) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(normalized(header.get(i)), i);
        }
        Map<String, Integer> fields = new LinkedHashMap<>();
        FIELDS.forEach((field, names) -> names.stream()
                .filter(byName::containsKey)
                .findFirst()
                .ifPresent(name -> fields.put(field, byName.get(name))));
        if (!fields.containsKey("productId")) {
            throw Problems.invalid("header", "needs a product id column: productId, id, sku or StockCode");
        }
        if (!fields.containsKey("name")) {
            throw Problems.invalid("header", "needs a name column: name, title or Description");
        }
        Map<Integer, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!fields.containsValue(i) && !header.get(i).isBlank()) {
                attributes.put(i, header.get(i).strip());
            }
        }
        return new CsvFeed(fields, attributes, header.size());
    }

    /** One row as product JSON, for {@link ProductReader} to validate; null when its width is wrong. */
    @Nullable
    ObjectNode product(List<String> row) {
        if (row.size() != width) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        fields.forEach((field, column) -> {
            String value = row.get(column).strip();
            if (!value.isEmpty()) {
                put(node, field, value);
            }
        });
        if (!attributes.isEmpty()) {
            ObjectNode extra = node.putObject("attributes");
            attributes.forEach((column, name) -> {
                String value = row.get(column).strip();
                if (!value.isEmpty()) {
                    extra.put(name, value);
                }
            });
        }
        return node;
    }

    int width() {
        return width;
    }

    private static void put(ObjectNode node, String field, String value) {
        switch (field) {
            case "price" -> price(node, value);
            case "available" -> {
                Boolean available = available(value);
                if (available != null) {
                    node.put(field, available);
                } else {
                    node.put(field, value);
                }
            }
            case "dataVersion" -> {
                if (WHOLE.matcher(value).matches()) {
                    node.put(field, Long.parseLong(value));
                } else {
                    node.put(field, value);
                }
            }
            default -> {
                if (!(field.equals("currency") && node.has("currency"))) {
                    node.put(field, value);
                }
            }
        }
    }

    private static void price(ObjectNode node, String value) {
        Matcher m = PRICE.matcher(value);
        if (!m.matches()) {
            node.put("price", value);
            return;
        }
        node.put("price", new BigDecimal(m.group(2)));
        String currency = m.group(1) != null ? m.group(1) : m.group(3);
        if (currency != null) {
            node.put("currency", currency);
        }
    }

    private static @Nullable Boolean available(String value) {
        return switch (normalized(value)) {
            case "true", "yes", "y", "1", "instock", "available", "preorder", "backorder" -> true;
            case "false", "no", "n", "0", "outofstock", "unavailable", "discontinued" -> false;
            default -> null;
        };
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
    }
}

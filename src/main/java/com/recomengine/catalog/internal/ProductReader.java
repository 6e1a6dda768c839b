package com.recomengine.catalog.internal;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.shared.MerchantIds;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads one product from JSON and checks every field, collecting all failures so that a single write answers with
 * each failing field and a batch can reject exactly the bad items. Unknown fields are failures too.
 */
@Component
@RequiredArgsConstructor
class ProductReader {

    static final int MAX_ID = MerchantIds.MAX_LENGTH;
    static final int MAX_NAME = 500;
    static final int MAX_CATEGORY = 200;
    static final int MAX_URL = 2048;
    static final int MAX_ATTRIBUTES_BYTES = 8192;
    static final int MAX_ATTRIBUTES_DEPTH = 5;
    /** As the API's JSON reader caps keys: a name from a CSV header must be readable back as JSON too. */
    static final int MAX_ATTRIBUTE_NAME = 1024;

    static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.9999");

    private static final Set<String> FIELDS = Set.of(
            "productId",
            "name",
            "category",
            "price",
            "currency",
            "imageUrl",
            "url",
            "attributes",
            "available",
            "dataVersion");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final ObjectMapper json;

    /** A read product: either a draft, or the reasons it is refused (and its id when that much was readable). */
    record Checked(@Nullable ProductDraft draft, @Nullable String productId, List<FieldError> errors) {

        boolean valid() {
            return draft != null;
        }
    }

    Checked read(@Nullable JsonNode node) {
        if (node == null || node.isNull() || !node.isObject()) {
            return new Checked(null, null, List.of(new FieldError("product", "must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                errors.add(new FieldError(field, "unknown field"));
            }
        }
        String productId = productId(node.get("productId"), errors);
        String name = text(node.get("name"), "name", MAX_NAME, true, errors);
        String category = text(node.get("category"), "category", MAX_CATEGORY, false, errors);
        BigDecimal price = price(node.get("price"), errors);
        String currency = currency(node.get("currency"), errors);
        String imageUrl = url(node.get("imageUrl"), "imageUrl", errors);
        String url = url(node.get("url"), "url", errors);
        String attributes = ProductAttributes.read(json, node.get("attributes"), errors);
        boolean available = available(node.get("available"), errors);
        Long version = version(node.get("dataVersion"), errors);
        if (!errors.isEmpty() || productId == null || name == null) {
            return new Checked(null, productId, List.copyOf(errors));
        }
        return new Checked(
                new ProductDraft(
                        new ProductSummary(
                                productId, name, category, price, currency, imageUrl, url, available, attributes, null),
                        version),
                productId,
                List.of());
    }

    /** The failure of a product id taken from a URL path, if any. */
    static @Nullable FieldError checkId(String productId) {
        if (productId.isBlank()) {
            return new FieldError("productId", "must not be blank");
        }
        if (productId.length() > MAX_ID) {
            return new FieldError("productId", "must be at most " + MAX_ID + " characters");
        }
        if (!MerchantIds.isValid(productId)) {
            return new FieldError("productId", "must contain only printable characters");
        }
        return null;
    }

    private static @Nullable String productId(@Nullable JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            errors.add(new FieldError("productId", "is required"));
            return null;
        }
        if (!node.isString()) {
            errors.add(new FieldError("productId", "must be a string"));
            return null;
        }
        String id = node.stringValue();
        FieldError error = checkId(id);
        if (error != null) {
            errors.add(error);
            return null;
        }
        return id;
    }

    private static @Nullable String text(
            @Nullable JsonNode node, String field, int max, boolean required, List<FieldError> errors) {
        if (absent(node) || (node.isString() && node.stringValue().isBlank())) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!node.isString()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String value = node.stringValue().strip();
        if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            errors.add(new FieldError(field, "must not contain control characters"));
            return null;
        }
        return value;
    }

    private static @Nullable BigDecimal price(@Nullable JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(new FieldError("price", "must be a number"));
            return null;
        }
        BigDecimal price = node.decimalValue().stripTrailingZeros();
        if (price.signum() < 0) {
            errors.add(new FieldError("price", "must not be negative"));
        } else if (price.compareTo(MAX_PRICE) > 0) {
            errors.add(new FieldError("price", "must be at most " + MAX_PRICE.toPlainString()));
        } else if (price.scale() > 4) {
            errors.add(new FieldError("price", "must have at most 4 decimal places"));
        } else {
            return price;
        }
        return null;
    }

    private static @Nullable String currency(@Nullable JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return null;
        }
        String code = node.isString() ? node.stringValue().strip().toUpperCase(Locale.ROOT) : "";
        if (code.length() != 3 || !CURRENCIES.contains(code)) {
            errors.add(new FieldError("currency", "must be an ISO 4217 currency code such as EUR or USD"));
            return null;
        }
        return code;
    }

    private static @Nullable String url(@Nullable JsonNode node, String field, List<FieldError> errors) {
        if (absent(node) || (node.isString() && node.stringValue().isBlank())) {
            return null;
        }
        String value = node.isString() ? node.stringValue().strip() : null;
        if (value == null || value.length() > MAX_URL || !httpUrl(value)) {
            errors.add(new FieldError(field, "must be an absolute http(s) URL of at most " + MAX_URL + " characters"));
            return null;
        }
        return value;
    }

    static boolean httpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean available(@Nullable JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return true;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError("available", "must be true or false"));
            return true;
        }
        return node.booleanValue();
    }

    private static @Nullable Long version(@Nullable JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            errors.add(new FieldError("dataVersion", "must be a whole number"));
            return null;
        }
        if (node.longValue() < 0) {
            errors.add(new FieldError("dataVersion", "must not be negative"));
            return null;
        }
        return node.longValue();
    }

    static boolean absent(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}

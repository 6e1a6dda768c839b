package com.recomengine.evaluation.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The product table hidden in the UCI Online Retail transactions (Chen, 2015, CC BY 4.0): one product per distinct
 * {@code StockCode} that starts with a digit (the others are postage, fees and adjustments), named by its most
 * frequent real {@code Description} (not blank, not {@code Missing_Description}, not an all-lowercase stock note
 * such as "check" or "found"), priced at its latest positive {@code UnitPrice} in GBP, categorised from the name by
 * {@link RetailCategories}. A code with no real description is left out; one with no positive price is kept as
 * unavailable without a price.
 */
final class OnlineRetail {

    static final String SOURCE = "UCI Online Retail (Chen 2015), CC BY 4.0, doi:10.24432/C5BW33";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setTrailingData(true)
            .setLenientEof(true)
            .get();
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");

    private OnlineRetail() {}

    private static final class Sales {
        final Map<String, Integer> descriptions = new HashMap<>();

        @Nullable
        String pricedAt;

        @Nullable
        BigDecimal price;
    }

    /** The derived products, in stock code order. */
    static List<RetailProduct> products(Path transactions) {
        try (Reader in = open(transactions);
                CSVParser csv = CSVParser.parse(in, FORMAT)) {
            Iterator<CSVRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                return List.of();
            }
            List<String> header = rows.next().toList();
            int code = column(header, "StockCode");
            int description = column(header, "Description");
            int quantity = column(header, "Quantity");
            int date = column(header, "InvoiceDate");
            int price = column(header, "UnitPrice", "Price");
            Map<String, Sales> byCode = new TreeMap<>();
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                if (row.size() == header.size()
                        && !row.get(code).isEmpty()
                        && Character.isDigit(row.get(code).charAt(0))) {
                    record(
                            byCode.computeIfAbsent(row.get(code), c -> new Sales()),
                            row.get(description),
                            row.get(quantity),
                            row.get(date),
                            row.get(price));
                }
            }
            List<RetailProduct> products = new ArrayList<>();
            byCode.forEach((stockCode, sales) -> {
                RetailProduct product = product(stockCode, sales);
                if (product != null) {
                    products.add(product);
                }
            });
            return products;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + transactions, e);
        }
    }

    private static void record(Sales sales, String description, String quantity, String date, String price) {
        String name = description.strip();
        if (real(name)) {
            sales.descriptions.merge(name, 1, Integer::sum);
        }
        try {
            Long.parseLong(quantity.strip()); // a row with a malformed quantity does not set the price either
            String at = sortable(date.strip());
            if (at != null && (sales.pricedAt == null || at.compareTo(sales.pricedAt) >= 0)) {
                BigDecimal unitPrice = new BigDecimal(price.strip());
                if (unitPrice.signum() > 0) {
                    sales.price = unitPrice;
                    sales.pricedAt = at;
                }
            }
        } catch (NumberFormatException e) {
            // A malformed quantity or price says nothing about the product; the row's description still counts.
        }
    }

    private static @Nullable RetailProduct product(String stockCode, Sales sales) {
        String name = sales.descriptions.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
        return name == null ? null : new RetailProduct(stockCode, name, RetailCategories.of(name), sales.price);
    }

    private static boolean real(String description) {
        return !description.isEmpty()
                && !description.equalsIgnoreCase("Missing_Description")
                && !description.equals(description.toLowerCase(java.util.Locale.ROOT))
                && !description.startsWith("?");
    }

    /** The invoice time as text that sorts in time order: ISO as it is, the US form of other copies converted. */
    private static @Nullable String sortable(String value) {
        if (!value.contains("/")) {
            return value.isEmpty() ? null : value;
        }
        try {
            return LocalDateTime.parse(value, US_DATE).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Where the first of {@code names} is in the header: both spellings of the data set's copies are taken (the
     * first release's {@code UnitPrice}, the later "Online Retail II"'s {@code Price}), whatever the case, spaces or
     * byte order mark.
     */
    private static int column(List<String> header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (normalised(header.get(i)).equals(normalised(name))) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException(
                "Not the Online Retail file: no " + String.join(" or ", names) + " column in " + header);
    }

    private static String normalised(String name) {
        return name.replace("\uFEFF", "").replace(" ", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        InputStream unpacked = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(unpacked, StandardCharsets.UTF_8), 1 << 16);
    }
}

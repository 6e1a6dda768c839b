package com.recomengine.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Real product names from the UCI Online Retail file in ../shared/data (never copied into the repository). */
final class RetailData {

    record Product(String stockCode, String name, String price) {}

    private RetailData() {}

    static Path file() {
        String configured = System.getenv("RECOMENGINE_RETAIL_DATA");
        Path path = Path.of(configured != null ? configured : "../shared/data/online_retail.csv.gz");
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("The UCI Online Retail file is not at " + path.toAbsolutePath()
                    + "; set RECOMENGINE_RETAIL_DATA to its path");
        }
        return path;
    }

    /** The first {@code count} distinct products (stock codes starting with a digit) in file order. */
    static List<Product> firstProducts(int count) {
        Map<String, Product> products = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file())), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null && products.size() < count; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (f.length == 8 && !f[1].isEmpty() && Character.isDigit(f[1].charAt(0)) && !f[2].isBlank()) {
                    products.putIfAbsent(f[1], new Product(f[1], f[2].strip(), f[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(products.values());
    }

    /** Those products as a merchant's CSV feed (quoted names, GBP prices). */
    static String feed(List<Product> products) {
        StringBuilder csv = new StringBuilder("id,title,price,currency\r\n");
        for (Product p : products) {
            csv.append(p.stockCode())
                    .append(",\"")
                    .append(p.name().replace("\"", "\"\""))
                    .append("\",")
                    .append(p.price())
                    .append(",GBP\r\n");
        }
        return csv.toString();
    }
}

package com.recomengine.evaluation.internal;

import com.recomengine.evaluation.ProductLinks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The Online Retail product table as a merchant's CSV feed for the catalog's import (docs/catalog.md): products
 * without a price are unavailable, links are filled in when there are some, the data set's credit is the one
 * attribute. Sales figures stay out: a feed's extra columns are string attributes, and string attributes are
 * content to the content-based strategy (each product's own sales figures would read as its words).
 */
final class ProductFeed {

    private static final List<String> HEADER = List.of(
            "productId",
            "name",
            "category",
            "price",
            "currency",
            "available",
            "imageUrl",
            "url",
            "dataVersion",
            "source");

    private ProductFeed() {}

    /** At {@code dataVersion} 1 without links, 2 with them (so that it replaces a table imported without). */
    static String of(List<RetailProduct> products, @Nullable ProductLinks links) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            out.printRecord(HEADER);
            for (RetailProduct p : products) {
                out.printRecord(
                        p.productId(),
                        p.name(),
                        p.category(),
                        p.price() == null ? "" : p.price().toPlainString(),
                        p.price() == null ? "" : "GBP",
                        p.price() != null,
                        links == null ? "" : links.imageUrlOf(p.productId()),
                        links == null ? "" : links.urlOf(p.productId()),
                        links == null ? 1 : 2,
                        OnlineRetail.SOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}

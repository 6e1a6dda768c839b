package com.recomengine.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Online Retail product table reads both header spellings of the Online Retail data and derives the same products. */
class OnlineRetailHeaderTests {

    @Test
    void readsTheFirstReleaseHeader() throws Exception {
        assertTheFixtureProducts(OnlineRetail.products(fixture("online_retail.csv")));
    }

    @Test
    void readsTheOnlineRetailIIHeader() throws Exception {
        assertTheFixtureProducts(OnlineRetail.products(fixture("online_retail_ii.csv")));
    }

    @Test
    void refusesAFileWithoutAPriceColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("no-price.csv");
        Files.writeString(file, "Invoice,StockCode,Description,Quantity,InvoiceDate,Customer ID\n");
        assertThatThrownBy(() -> OnlineRetail.products(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UnitPrice or Price");
    }

    private static void assertTheFixtureProducts(List<RetailProduct> products) {
        assertThat(products).extracting(RetailProduct::productId).containsExactly("22633", "71053", "85123A");
        RetailProduct heart = products.get(2);
        assertThat(heart.name()).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(heart.price()).isEqualByComparingTo("2.95");
        assertThat(ProductFeed.of(products, null))
                .contains("85123A,WHITE HANGING HEART T-LIGHT HOLDER,Candles & Lighting,2.95,GBP,true,,,1,");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(OnlineRetailHeaderTests.class
                .getResource("/online-retail/" + name)
                .toURI());
    }
}

package com.recomengine.recommendations.model.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The evaluation's log reader keeps the same purchases from both header spellings of the Online Retail data. */
class RetailLogHeaderTests {

    @Test
    void keepsTheSamePurchasesFromBothHeaderVariants() throws Exception {
        RetailLog.Contents first = RetailLog.read(fixture("online_retail.csv"));
        RetailLog.Contents second = RetailLog.read(fixture("online_retail_ii.csv"));

        assertThat(first.lines()).isEqualTo(6);
        assertThat(first.purchases())
                .extracting(Purchase::customer, Purchase::product, Purchase::invoice)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("17850", "85123A", "536365"),
                        org.assertj.core.groups.Tuple.tuple("17850", "71053", "536365"),
                        org.assertj.core.groups.Tuple.tuple("14527", "85123A", "536381"));
        assertThat(second.purchases()).isEqualTo(first.purchases());
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(
                RetailLogHeaderTests.class.getResource("/online-retail/" + name).toURI());
    }
}

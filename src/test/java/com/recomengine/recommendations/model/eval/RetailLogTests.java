package com.recomengine.recommendations.model.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetailLogTests {

    @TempDir
    Path dir;

    @Test
    void keepsOnlyPurchasesOfKnownCustomersOfRealProducts() throws Exception {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, """
                Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
                1001,85123A,"HEART, WHITE ""T-LIGHT"" HOLDER",6,12/1/2010 8:26,2.55,17850.0,United Kingdom
                1001,POST,POSTAGE,1,12/1/2010 8:26,18.0,17850.0,United Kingdom
                C1002,85123A,HEART,-1,12/1/2010 9:00,2.55,17850.0,United Kingdom
                A1003,22423,ADJUST,1,12/1/2010 9:00,-11062.06,,United Kingdom
                1004,22423,CAKESTAND,1,12/1/2010 9:00,12.75,0,United Kingdom
                1005,22423,CAKESTAND,0,12/1/2010 9:00,12.75,13047,United Kingdom
                1006,22423,CAKESTAND,2,2010-12-02 10:15:00,0,13047,United Kingdom
                1007,22423,CAKESTAND,2,2010-12-02 10:15:00,12.75,13047,United Kingdom
                """);

        RetailLog.Contents log = RetailLog.read(file);

        assertThat(log.lines()).isEqualTo(8);
        assertThat(log.purchases())
                .containsExactly(
                        new Purchase(
                                "17850",
                                "85123A",
                                "HEART, WHITE \"T-LIGHT\" HOLDER",
                                "1001",
                                LocalDateTime.of(2010, 12, 1, 8, 26),
                                new BigDecimal("15.30")),
                        new Purchase(
                                "13047",
                                "22423",
                                "CAKESTAND",
                                "1007",
                                LocalDateTime.of(2010, 12, 2, 10, 15),
                                new BigDecimal("25.50")));
    }

    @Test
    void splitsShiftedHistoryIntoTrainAndNewTargets() {
        var purchases = java.util.List.of(
                purchase("u1", "A", "2011-10-01"),
                purchase("u1", "B", "2011-10-02"),
                purchase("u1", "A", "2011-11-02"),
                purchase("u1", "C", "2011-11-03"),
                purchase("u1", "N", "2011-11-03"),
                purchase("u2", "B", "2011-10-05"),
                purchase("u2", "B", "2011-11-05"),
                purchase("u3", "C", "2011-11-06"));

        HoldoutSplit split = HoldoutSplit.of(purchases, LocalDate.parse("2011-11-01"), LocalDate.parse("2026-03-01"));

        assertThat(split.shiftDays())
                .isEqualTo(LocalDate.parse("2011-11-06")
                        .until(LocalDate.parse("2026-03-01"), java.time.temporal.ChronoUnit.DAYS));
        assertThat(split.splitAt().toLocalDate())
                .isEqualTo(LocalDate.parse("2011-11-01").plusDays(split.shiftDays()));
        // u1's targets: C (known to train) and N (new); u2 only re-bought; u3 has no train purchase
        assertThat(split.counts()).isEqualTo(new HoldoutSplit.Counts(2, 2, 3, 1, 2));
        assertThat(split.evaluated().getFirst().knownTargets()).isEmpty(); // C was never bought in train
        assertThat(split.train().asOf()).isEqualTo(split.splitAt().toInstant(java.time.ZoneOffset.UTC));
    }

    private static Purchase purchase(String customer, String product, String day) {
        return new Purchase(
                customer, product, product, customer + day, LocalDate.parse(day).atTime(10, 0));
    }
}

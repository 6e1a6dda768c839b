package com.recomengine.evaluation.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One product of the Online Retail table: a stock code with its name, category and latest price (GBP). */
record RetailProduct(
        String productId,
        String name,
        String category,
        @Nullable BigDecimal price) {}

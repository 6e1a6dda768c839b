package com.recomengine.recommendations.model.eval;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One kept line of a retail purchase log: a customer bought a product on an invoice; {@code revenue} is the line's
 * quantity × unit price in the log's currency (null where it is not known).
 */
public record Purchase(
        String customer,
        String product,
        String description,
        String invoice,
        LocalDateTime time,
        @Nullable BigDecimal revenue) {

    public Purchase(String customer, String product, String description, String invoice, LocalDateTime time) {
        this(customer, product, description, invoice, time, null);
    }

    public Purchase shiftedBy(long days) {
        return new Purchase(customer, product, description, invoice, time.plusDays(days), revenue);
    }

    public Purchase shiftedBy(Duration shift) {
        return new Purchase(customer, product, description, invoice, time.plus(shift), revenue);
    }
}

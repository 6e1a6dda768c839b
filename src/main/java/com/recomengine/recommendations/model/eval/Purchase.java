package com.recomengine.recommendations.model.eval;

import java.time.LocalDateTime;

/** One kept line of a retail purchase log: a customer bought a product on an invoice. */
public record Purchase(String customer, String product, String description, String invoice, LocalDateTime time) {

    public Purchase shiftedBy(long days) {
        return new Purchase(customer, product, description, invoice, time.plusDays(days));
    }
}

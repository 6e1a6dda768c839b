package com.recomengine.merchandising;

import com.recomengine.catalog.ProductSummary;

/** An item the strategy proposed, with its score, before the rules arrange the list. */
public record Candidate(ProductSummary product, double score) {}

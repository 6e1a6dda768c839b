package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.shared.MerchantIds;
import com.recomengine.shared.problem.Problems;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The checks a recommendation request passes before it is answered; a failed one is a validation problem. */
final class RequestChecks {

    private RequestChecks() {}

    static void limit(int limit) {
        if (limit < 1 || limit > RecommendationEngine.MAX_LIMIT) {
            throw Problems.invalid("limit", "must be between 1 and " + RecommendationEngine.MAX_LIMIT);
        }
    }

    static void validate(RecommendationRequest request) {
        limit(request.limit());
        identifier("userId", request.userId());
        identifier("assignmentId", request.assignmentId());
        identifier("productId", request.productId());
        identifier("placementId", request.placementId());
        if (request.strategy() != null && Strategy.fromWire(request.strategy()).isEmpty()) {
            throw Problems.invalid("strategy", "must be one of " + Strategy.WIRE_NAMES);
        }
        if (request.category() != null
                && (!MerchantIds.isValid(request.category())
                        || request.category().length() > 200)) {
            throw Problems.invalid("category", "must be 1 to 200 printable characters");
        }
        price("minPrice", request.minPrice());
        price("maxPrice", request.maxPrice());
        if (request.minPrice() != null
                && request.maxPrice() != null
                && request.minPrice().compareTo(request.maxPrice()) > 0) {
            throw Problems.invalid("minPrice", "must not be above maxPrice");
        }
    }

    private static void identifier(String field, @Nullable String value) {
        if (value != null && !MerchantIds.isValid(value)) {
            throw Problems.invalid(field, "must be 1 to " + MerchantIds.MAX_LENGTH + " printable characters");
        }
    }

    private static void price(String field, @Nullable BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw Problems.invalid(field, "must not be negative");
        }
    }
}

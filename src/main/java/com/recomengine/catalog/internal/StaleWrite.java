package com.recomengine.catalog.internal;

import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import java.util.Map;

/** A single write whose {@code dataVersion} is older than the stored one: 409, nothing written. */
class StaleWrite extends ProblemException {

    StaleWrite(String productId, long offered, long stored, boolean deleted) {
        super(
                ProblemKind.CONFLICT,
                "stale-version",
                "Conflict",
                "Product '" + productId + "' is stored "
                        + (deleted ? "deleted " : "") + "at dataVersion " + stored + "; dataVersion " + offered
                        + " is older and was ignored.",
                Map.of("currentDataVersion", stored, "deleted", deleted));
    }
}

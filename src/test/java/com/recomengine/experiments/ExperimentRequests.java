package com.recomengine.experiments;

import java.util.HashMap;
import java.util.Map;

/** Request bodies the experiment tests share. */
public final class ExperimentRequests {

    private ExperimentRequests() {}

    /** A valid create body (judged on conversion rate, revenue per user as guardrail); a mutable map to vary. */
    public static Map<String, Object> experiment(String placement, String control, String variant, int split) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Test " + placement);
        body.put("placementId", placement);
        body.put("controlStrategy", control);
        body.put("variantStrategy", variant);
        body.put("trafficSplit", split);
        body.put("primaryMetric", "conversion_rate");
        body.put("guardrailMetric", "revenue_per_user");
        return body;
    }
}

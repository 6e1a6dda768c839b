package com.recomengine.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.recomengine.shared.TenantId;
import com.recomengine.support.HttpTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The results endpoint end to end, with a metrics source that supplies known totals in place of the events module.
 * Every expected number is a reference value printed by src/test/resources/experiments/reference_statistics.py
 * (SciPy), section "results endpoint fixture" and the z-test section for the same counts.
 */
@Import(ExperimentResultsTest.KnownTotals.class)
class ExperimentResultsTest extends HttpTest {

    static final VariantTotals CONTROL = new VariantTotals(10_000, 120_000, 4_876, 1_000, 41_234.5, 2_100_000.0);
    static final VariantTotals VARIANT = new VariantTotals(10_000, 121_500, 5_190, 1_100, 45_123.25, 2_300_000.0);

    @TestConfiguration
    static class KnownTotals {

        @Bean
        FixedMetrics fixedMetrics() {
            return new FixedMetrics();
        }
    }

    /** Stands in for the events module: answers what each test put in, and remembers the window it was asked for. */
    static class FixedMetrics implements ExperimentMetricsSource {

        final Map<UUID, ExperimentTotals> totals = new ConcurrentHashMap<>();
        final Map<UUID, Instant[]> windows = new ConcurrentHashMap<>();

        @Override
        public ExperimentTotals totalsFor(TenantId tenant, UUID experimentId, Instant from, Instant to) {
            windows.put(experimentId, new Instant[] {from, to});
            return totals.getOrDefault(experimentId, ExperimentTotals.NONE);
        }
    }

    @Autowired
    FixedMetrics metrics;

    @Test
    void resultsEqualTheReferenceComputation() {
        Admin admin = signUpAndLogIn();
        String base = "/api/v1/tenants/" + createTenant(admin) + "/experiments";
        String id = startedExperiment(admin, base, "conversion_rate", "revenue_per_user", 50);
        metrics.totals.put(UUID.fromString(id), new ExperimentTotals(CONTROL, VARIANT));

        var response = api.get(base + "/" + id + "/results")
                .bearer(admin.accessToken())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode r = response.json();

        JsonNode control = r.get("control");
        assertThat(control.get("strategy").asString()).isEqualTo("popular");
        assertThat(control.get("users").asLong()).isEqualTo(10_000);
        assertThat(control.get("impressions").asLong()).isEqualTo(120_000);
        assertThat(control.get("clicks").asLong()).isEqualTo(4_876);
        assertThat(control.get("ctr").asDouble()).isCloseTo(4_876 / 120_000.0, within(1e-15));
        assertThat(control.get("conversions").asLong()).isEqualTo(1_000);
        assertThat(control.get("conversionRate").asDouble()).isEqualTo(0.1);
        assertThat(control.get("revenue").asDouble()).isEqualTo(41_234.5);
        assertThat(control.get("revenuePerUser").asDouble()).isCloseTo(4.12345, within(1e-12));
        assertThat(r.get("variant").get("strategy").asString()).isEqualTo("collaborative");
        assertThat(r.get("variant").get("conversionRate").asDouble()).isEqualTo(0.11);

        JsonNode conversion = r.get("comparisons").get("conversionRate");
        assertThat(conversion.get("test").asString()).isEqualTo("two_proportion_z");
        assertClose(conversion.get("statistic").asDouble(), 2.3066347738170103, 1e-12);
        assertClose(conversion.get("pValue").asDouble(), 0.021075189273797777, 1e-10);
        assertClose(conversion.get("relativeLift").get("estimate").asDouble(), 0.1, 1e-12);
        assertClose(conversion.get("relativeLift").get("low").asDouble(), 0.010870112525620937, 1e-9);
        assertClose(conversion.get("relativeLift").get("high").asDouble(), 0.1891298874743788, 1e-12);
        assertThat(conversion.get("relativeLift").get("confidence").asDouble()).isEqualTo(0.95);
        assertThat(conversion.get("significant").asBoolean()).isTrue();

        JsonNode ctr = r.get("comparisons").get("ctr");
        assertClose(ctr.get("statistic").asDouble(), 2.5605033562427026, 1e-12);
        assertClose(ctr.get("pValue").asDouble(), 0.010452065387755187, 1e-10);

        JsonNode revenue = r.get("comparisons").get("revenuePerUser");
        assertThat(revenue.get("test").asString()).isEqualTo("welch_t");
        assertClose(revenue.get("statistic").asDouble(), 1.9379026740548007, 1e-10);
        assertClose(revenue.get("degreesOfFreedom").asDouble(), 19963.89496053907, 1e-10);
        assertClose(revenue.get("pValue").asDouble(), 0.052649180117649234, 1e-9);
        assertClose(revenue.get("relativeLift").get("estimate").asDouble(), 0.09430816427991107, 1e-11);
        assertClose(revenue.get("relativeLift").get("low").asDouble(), -0.005486588924374841, 1e-8);
        assertClose(revenue.get("relativeLift").get("high").asDouble(), 0.19410291748419697, 1e-11);
        assertThat(revenue.get("significant").asBoolean()).isFalse();

        JsonNode ratio = r.get("sampleRatio");
        assertThat(ratio.get("chiSquare").asDouble()).isZero();
        assertThat(ratio.get("pValue").asDouble()).isEqualTo(1.0);
        assertThat(ratio.get("warning").asBoolean()).isFalse();

        JsonNode power = r.get("power");
        assertThat(power.get("metric").asString()).isEqualTo("conversion_rate");
        assertThat(power.get("baseline").asDouble()).isEqualTo(0.1);
        assertThat(power.get("minimumDetectableEffect").asDouble()).isEqualTo(0.05);
        assertThat(power.get("power").asDouble()).isEqualTo(0.8);
        assertThat(power.get("usersNeeded").asLong()).isEqualTo(115_526); // ⌈115 525.303⌉
        assertThat(power.get("usersStillNeeded").asLong()).isEqualTo(95_526);

        // Conversion rate is up significantly; the guardrail (revenue per user) is not significantly down.
        assertThat(r.get("verdict").asString()).isEqualTo("variant_wins");
        assertThat(r.get("verdictReason").asString()).contains("conversion_rate");

        Instant[] window = metrics.windows.get(UUID.fromString(id));
        var view = api.get(base + "/" + id).bearer(admin.accessToken()).send().json();
        assertThat(window[0]).isEqualTo(Instant.parse(view.get("startedAt").asString()));
        assertThat(Instant.parse(r.get("from").asString())).isEqualTo(window[0]);
    }

    @Test
    void revenuePerUserAsPrimaryMetricIsNotYetSignificant() {
        Admin admin = signUpAndLogIn();
        String base = "/api/v1/tenants/" + createTenant(admin) + "/experiments";
        String id = startedExperiment(admin, base, "revenue_per_user", null, 50);
        metrics.totals.put(UUID.fromString(id), new ExperimentTotals(CONTROL, VARIANT));

        JsonNode r = api.get(base + "/" + id + "/results")
                .bearer(admin.accessToken())
                .send()
                .json();
        assertThat(r.get("verdict").asString()).isEqualTo("inconclusive");
        assertThat(r.get("guardrailMetric").isNull()).isTrue();
        assertThat(r.get("power").get("usersNeeded").asLong()).isEqualTo(142_561); // ⌈142 560.937⌉
        assertThat(r.get("power").get("usersStillNeeded").asLong()).isEqualTo(122_561);
    }

    @Test
    void ctrAsPrimaryMetricPlansInImpressionsAndReportsUsers() {
        Admin admin = signUpAndLogIn();
        String base = "/api/v1/tenants/" + createTenant(admin) + "/experiments";
        String id = startedExperiment(admin, base, "ctr", "conversion_rate", 50);
        metrics.totals.put(UUID.fromString(id), new ExperimentTotals(CONTROL, VARIANT));

        JsonNode r = api.get(base + "/" + id + "/results")
                .bearer(admin.accessToken())
                .send()
                .json();
        assertThat(r.get("verdict").asString()).isEqualTo("variant_wins");
        assertThat(r.get("power").get("usersNeeded").asLong()).isEqualTo(25_143); // ⌈25 142.189⌉
        assertThat(r.get("power").get("usersStillNeeded").asLong()).isEqualTo(5_143);
    }

    @Test
    void aSkewedSplitRaisesTheSampleRatioWarningOverASignificantWin() {
        Admin admin = signUpAndLogIn();
        String base = "/api/v1/tenants/" + createTenant(admin) + "/experiments";
        String id = startedExperiment(admin, base, "conversion_rate", null, 50);
        metrics.totals.put(
                UUID.fromString(id),
                new ExperimentTotals(
                        new VariantTotals(5_200, 60_000, 2_400, 400, 20_000, 900_000),
                        new VariantTotals(4_800, 60_000, 3_000, 600, 24_000, 1_100_000)));

        JsonNode r = api.get(base + "/" + id + "/results")
                .bearer(admin.accessToken())
                .send()
                .json();
        JsonNode ratio = r.get("sampleRatio");
        assertClose(ratio.get("chiSquare").asDouble(), 16.0, 1e-14);
        assertClose(ratio.get("pValue").asDouble(), 6.334248366623988e-05, 1e-12);
        assertThat(ratio.get("observedControlShare").asDouble()).isEqualTo(0.52);
        assertThat(ratio.get("warning").asBoolean()).isTrue();
        assertThat(r.get("comparisons").get("conversionRate").get("significant").asBoolean())
                .isTrue();
        assertThat(r.get("verdict").asString()).isEqualTo("srm_warning");
    }

    @Test
    void theVerdictsWinnerIsPromotedWithoutNamingIt() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String base = "/api/v1/tenants/" + tenant + "/experiments";
        String id = startedExperiment(admin, base, "conversion_rate", null, 50);
        // Control converts better: control wins and its strategy becomes the default.
        metrics.totals.put(UUID.fromString(id), new ExperimentTotals(VARIANT, CONTROL));
        assertThat(api.post(base + "/" + id + "/complete")
                        .bearer(admin.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);

        var promoted = api.post(base + "/" + id + "/promote")
                .bearer(admin.accessToken())
                .send();
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().get("promotedVariant").asString()).isEqualTo("control");
        Instant[] window = metrics.windows.get(UUID.fromString(id));
        assertThat(window[1])
                .isEqualTo(Instant.parse(promoted.json().get("completedAt").asString()));
    }

    private String startedExperiment(Admin admin, String base, String primary, String guardrail, int split) {
        Map<String, Object> body =
                ExperimentRequests.experiment("home-" + UUID.randomUUID(), "popular", "collaborative", split);
        body.put("primaryMetric", primary);
        if (guardrail == null) {
            body.remove("guardrailMetric");
        } else {
            body.put("guardrailMetric", guardrail);
        }
        var created = api.post(base, body).bearer(admin.accessToken()).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.post(base + "/" + id + "/start")
                        .bearer(admin.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
        return id;
    }

    private static void assertClose(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * relative));
    }
}

package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.experiments.ExperimentMetricsSource;
import com.recomengine.experiments.ExperimentTotals;
import com.recomengine.experiments.VariantTotals;
import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@Import(ExperimentPagesTest.KnownTotals.class)
class ExperimentPagesTest extends DashboardTest {

    @TestConfiguration
    static class KnownTotals {

        @Bean
        @Primary
        FixedTotals fixedTotals() {
            return new FixedTotals();
        }
    }

    /** Stands in for the module that counts interactions per arm: answers what each test put in. */
    static class FixedTotals implements ExperimentMetricsSource {

        final Map<UUID, ExperimentTotals> totals = new ConcurrentHashMap<>();

        @Override
        public ExperimentTotals totalsFor(TenantId tenant, UUID experimentId, Instant from, Instant to) {
            return totals.getOrDefault(experimentId, ExperimentTotals.NONE);
        }
    }

    @Autowired
    FixedTotals totals;

    private static Map<String, String> experiment(String... pairs) {
        Map<String, String> form = new HashMap<>(Map.of(
                "name",
                "Popular vs collaborative",
                "placementId",
                "home_top",
                "controlStrategy",
                "popular",
                "variantStrategy",
                "collaborative",
                "trafficSplit",
                "50",
                "primaryMetric",
                "conversion_rate",
                "guardrailMetric",
                ""));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private String create(Browser browser, String tenant, Map<String, String> form) {
        String base = "/dashboard/tenants/" + tenant + "/experiments";
        browser.get(base + "/new");
        var created = browser.post(base, form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/experiments/([0-9a-f-]{36})").matcher(created.location());
        assertThat(id.find()).isTrue();
        return base + "/" + id.group(1);
    }

    @Test
    void createsStartsPausesResumesAndCompletesAnExperiment() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String page = create(ada, tenant, experiment());
        assertThat(ada.open(page).body())
                .contains("Experiment created as a draft")
                .contains("status-draft")
                .contains("Results appear once the experiment has started.");

        assertThat(ada.submit(page + "/start", Map.of()).body())
                .contains("Experiment running")
                .contains("status-running")
                .contains("Inconclusive so far")
                .contains("Variant against control");
        assertThat(ada.submit(page + "/pause", Map.of()).body())
                .contains("Experiment paused")
                .contains("Resume");
        assertThat(ada.submit(page + "/start", Map.of()).body()).contains("status-running");
        assertThat(ada.get(page + "/complete").body()).contains("The results window closes now");
        assertThat(ada.submit(page + "/complete", Map.of()).body())
                .contains("Experiment completed")
                .contains("status-completed")
                .contains("Promote the winner");
        assertThat(ada.open("/dashboard/tenants/" + tenant + "/experiments").body())
                .contains("Popular vs collaborative");
    }

    @Test
    void aVariantAnsweredWithoutTheRulesMayShareTheControlsStrategy() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String page = create(
                ada,
                tenant,
                experiment(
                        "name",
                        "What the rules add",
                        "controlStrategy",
                        "popular",
                        "variantStrategy",
                        "popular",
                        "variantWithoutRules",
                        "true"));
        assertThat(ada.open(page).body()).contains("Popular, without merchandising rules");
        assertThat(ada.open("/dashboard/tenants/" + tenant + "/experiments").body())
                .contains("without rules");
    }

    @Test
    void saysWhatIsWrongWithTheFormNextToEachField() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String base = "/dashboard/tenants/" + tenant + "/experiments";
        ada.get(base + "/new");
        var page = ada.post(
                base,
                experiment(
                        "name",
                        "",
                        "placementId",
                        "home top",
                        "variantStrategy",
                        "popular",
                        "trafficSplit",
                        "0",
                        "guardrailMetric",
                        "conversion_rate"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"name-error\"")
                .contains("id=\"placementId-error\"")
                .contains(
                        "Choose a strategy other than the control&#39;s, or run the variant without merchandising rules.")
                .contains("id=\"trafficSplit-error\"")
                .contains("A guardrail other than the primary metric");
    }

    @Test
    void drawsTheResultsWithLiftBarsPValuesAndTheVerdictAndPromotesTheWinner() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String page = create(ada, tenant, experiment());
        ada.get(page);
        ada.submit(page + "/start", Map.of());
        totals.totals.put(
                UUID.fromString(page.substring(page.lastIndexOf('/') + 1)),
                new ExperimentTotals(
                        new VariantTotals(10_000, 120_000, 4_876, 1_000, 41_234.5, 2_100_000.0),
                        new VariantTotals(10_000, 121_500, 5_190, 1_100, 45_123.25, 2_300_000.0)));
        String results = ada.open(page).body();
        assertThat(results)
                .contains("The variant wins")
                .contains("class=\"lift-bar better\"")
                .contains("class=\"lift-bar unclear\"")
                .contains("aria-label=\"Lift +10.0 %, 95 % interval from +1.1 % to +18.9 %\"")
                .contains("significant")
                .contains("10.00 %")
                .contains("11.00 %")
                .contains("10,000");
        assertThat(results).doesNotContain("Sample ratio mismatch.");

        ada.submit(page + "/complete", Map.of());
        var promoted = ada.submit(page + "/promote", Map.of("variant", ""));
        assertThat(promoted.body()).contains("Winner promoted").contains("variant: Collaborative is now the default");
    }

    @Test
    void warnsOfASampleRatioMismatch() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String page = create(ada, tenant, experiment());
        ada.get(page);
        ada.submit(page + "/start", Map.of());
        totals.totals.put(
                UUID.fromString(page.substring(page.lastIndexOf('/') + 1)),
                new ExperimentTotals(
                        new VariantTotals(10_000, 100_000, 4_000, 1_000, 0, 0),
                        new VariantTotals(8_000, 80_000, 3_200, 800, 0, 0)));
        assertThat(ada.open(page).body())
                .contains("Sample ratio mismatch.")
                .contains("should get 50.0 % of users but got 55.6 %");
    }

    @Test
    void refusesASecondRunningExperimentOnThePlacementWithAMessage() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String first = create(ada, tenant, experiment());
        ada.get(first);
        ada.submit(first + "/start", Map.of());
        String second = create(ada, tenant, experiment("name", "Another"));
        ada.get(second);
        var refused = ada.submit(second + "/start", Map.of());
        assertThat(refused.body())
                .contains("class=\"alert\"")
                .contains("home_top")
                .contains("status-draft");
    }

    @Test
    void anotherAdminCannotSeeOrRunTheExperiments() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String page = create(ada, tenant, experiment());
        Browser bob = signedUp();
        assertThat(bob.get(page).status()).isEqualTo(404);
        bob.get("/dashboard/tenants");
        assertThat(bob.post(page + "/start", Map.of()).status()).isEqualTo(404);
        assertThat(ada.open(page).body()).contains("status-draft");
    }
}

package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The merchandising rules pages over HTTP: the form, its validation, the condition check, the list's changes. */
class RulePagesTest extends DashboardTest {

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new HashMap<>(Map.of(
                "name",
                "No candles",
                "action",
                "exclude",
                "condition",
                "item.category == \"Candles\"",
                "placements",
                "",
                "priority",
                "100",
                "enabled",
                "true"));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private long ruleCount(String tenant) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM merchandising_rules WHERE tenant_id = ?::uuid", Long.class, tenant);
    }

    private static String ruleId(String page) {
        Matcher id = Pattern.compile("/rules/([0-9a-f-]{36})/delete").matcher(page);
        assertThat(id.find()).as(page).isTrue();
        return id.group(1);
    }

    @Test
    void createsARuleThroughTheFormAndListsItWithItsWindowInUtc() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Rules shop");
        String rules = "/dashboard/tenants/" + tenant + "/rules";
        assertThat(ada.get(rules).body()).contains("No rules yet").contains("New rule");
        assertThat(ada.get(rules + "/new").status()).isEqualTo(200);
        var listed = ada.submit(
                rules,
                form(
                        "name", "Mugs first",
                        "action", "pin",
                        "productId", "mug-1",
                        "position", "2",
                        "factor", "7",
                        "condition", "",
                        "placements", "home_top, cart",
                        "activeFrom", "2026-12-01T09:00",
                        "activeTo", "2027-01-01T00:00"));
        assertThat(listed.body())
                .contains("Rule &#39;Mugs first&#39; created")
                .contains("Mugs first")
                .contains(">pin<")
                .contains("<code>mug-1</code> at <span>2</span>")
                .contains("<code>home_top</code>")
                .contains("1 Dec 2026, 09:00 UTC");
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT action, product_id, position, factor, condition, active_from, placements FROM merchandising_rules"
                        + " WHERE tenant_id = ?::uuid",
                tenant);
        assertThat(stored)
                .containsEntry("product_id", "mug-1")
                .containsEntry("position", 2)
                .containsEntry("condition", "true")
                .containsEntry("active_from", Timestamp.from(Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(stored.get("factor"))
                .as("a factor typed before switching to pin is not read")
                .isNull();
        String edit = ada.get(rules + "/" + ruleId(listed.body())).body();
        assertThat(edit)
                .contains("value=\"2026-12-01T09:00\"")
                .contains("value=\"home_top, cart\"")
                .containsPattern("value=\"pin\"[^>]* checked");
    }

    @Test
    void aConditionThatDoesNotTypeCheckShowsWhereAndStoresNothing() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Rules shop");
        String rules = "/dashboard/tenants/" + tenant + "/rules";
        ada.get(rules + "/new");
        var refused = ada.post(rules, form("condition", "item.colour == \"red\"", "name", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Nothing was saved")
                .contains("id=\"condition-error\"")
                .contains("Line 1, column")
                .contains("unknown field of item")
                .contains("id=\"name-error\"")
                .contains("item.colour == &quot;red&quot;");
        var outOfRange = ada.post(rules, form("action", "boost", "factor", "0.5"));
        assertThat(outOfRange.body()).contains("id=\"factor-error\"").contains("A boost needs a factor above 1");
        var notANumber = ada.post(rules, form("action", "promote", "maxSlots", "three", "activeTo", "soon"));
        assertThat(notANumber.body())
                .contains("id=\"maxSlots-error\"")
                .contains("A whole number.")
                .contains("id=\"activeTo-error\"");
        var backwards = ada.post(rules, form("activeFrom", "2026-12-02T00:00", "activeTo", "2026-12-01T00:00"));
        assertThat(backwards.body()).contains("id=\"activeTo-error\"").contains("Must be after activeFrom");
        assertThat(ruleCount(tenant)).isZero();
    }

    @Test
    void theConditionCheckAnswersThePositionOfTheFirstErrorWithoutStoringAnything() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Rules shop");
        String rules = "/dashboard/tenants/" + tenant + "/rules";
        ada.get(rules + "/new");
        var wrong = ada.post(rules + "/check", Map.of("condition", "item.price >= 5.0 && item.size > 2"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.header("content-type")).startsWith("application/json");
        assertThat(wrong.body())
                .contains("\"valid\":false")
                .contains("\"line\":1")
                .contains("\"column\":22")
                .contains("unknown field of item");
        assertThat(ada.post(rules + "/check", Map.of("condition", "item.price >= 5.0"))
                        .body())
                .contains("\"valid\":true");
        assertThat(ada.post(rules + "/check", Map.of("condition", "item.price")).body())
                .contains("\"valid\":false");
        assertThat(ada.postRaw(rules + "/check", Map.of("condition", "true")).status())
                .as("without the CSRF token")
                .isEqualTo(403);
        assertThat(ruleCount(tenant)).isZero();
    }

    @Test
    void disablesEnablesEditsAndDeletesARule() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Rules shop");
        String rules = "/dashboard/tenants/" + tenant + "/rules";
        ada.get(rules + "/new");
        String id = ruleId(ada.submit(rules, form()).body());
        var disabled = ada.submit(rules + "/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(disabled.body()).contains("disabled: it changes nothing").contains(">Enable<");
        assertThat(jdbc.queryForObject("SELECT enabled FROM merchandising_rules WHERE id = ?::uuid", Boolean.class, id))
                .isFalse();
        ada.submit(rules + "/" + id + "/enabled", Map.of("enabled", "true"));
        var edited = ada.submit(rules + "/" + id, form("name", "No tea", "condition", "item.category == \"Tea\""));
        assertThat(edited.body()).contains("Rule &#39;No tea&#39; saved.").contains("item.category == &quot;Tea&quot;");
        assertThat(ada.get(rules + "/" + id + "/delete").body()).contains("Delete the rule No tea?");
        assertThat(ada.submit(rules + "/" + id + "/delete", Map.of()).body())
                .contains("Rule &#39;No tea&#39; deleted.");
        assertThat(ruleCount(tenant)).isZero();
        assertThat(ada.get(rules + "/" + id).status()).isEqualTo(404);
        assertThat(ada.get(rules + "/not-a-rule").status()).isEqualTo(404);
    }

    @Test
    void thePreviewAnswersForAPlacementAndRefusesABadOne() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Rules shop");
        String rules = "/dashboard/tenants/" + tenant + "/rules";
        var empty = ada.get(rules + "?placement=home_top&user=ann");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body())
                .contains("Without rules")
                .contains("With rules")
                .contains("Nothing to show");
        assertThat(ada.get(rules + "?placement=home+top!").body()).contains("Use the placement id of a page");
    }

    @Test
    void anotherAdminCannotSeeOrChangeTheRules() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Rules shop");
        String rules = "/dashboard/tenants/" + tenant + "/rules";
        ada.get(rules + "/new");
        String id = ruleId(ada.submit(rules, form()).body());
        Browser bob = signedUp();
        assertThat(bob.get(rules).status()).isEqualTo(404);
        assertThat(bob.get(rules + "/" + id).status()).isEqualTo(404);
        bob.get("/dashboard/tenants");
        assertThat(bob.post(rules + "/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(bob.post(rules + "/check", Map.of("condition", "true")).status())
                .isEqualTo(404);
        assertThat(ruleCount(tenant)).isEqualTo(1);
    }
}

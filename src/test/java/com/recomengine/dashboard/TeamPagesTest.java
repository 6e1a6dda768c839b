package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.dashboard.web.Sections;
import com.recomengine.identity.internal.LoggingMailSender;
import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.support.InvitationMail;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The members and audit pages, and every tenant page as each role sees it: opened or refused, with its navigation. */
class TeamPagesTest extends DashboardTest {

    @Autowired
    LoggingMailSender mailbox;

    @Test
    void anOwnerInvitesFromTheMembersPageAndTheInviteeJoinsThroughTheMailedLink() {
        Browser owner = signedUp();
        String tenant = createTenant(owner, "Tea Shop");
        String members = "/dashboard/tenants/" + tenant + "/members";
        String email = "bob-" + UUID.randomUUID() + "@shop.test";
        owner.get(members);
        var invited = owner.submit(members, Map.of("email", email, "role", "developer"));
        assertThat(invited.body()).contains("Invitation sent to " + email).contains("id=\"invitations\"");

        Browser bob = signedUp(email);
        String link = "/dashboard/invitations/" + InvitationMail.token(mailbox, email);
        bob.get(link);
        var joined = bob.submit(link, Map.of());
        assertThat(joined.body()).contains("Welcome: you are developer").contains("Tea Shop · developer");

        var changed = owner.open(members);
        Matcher bobsRole = Pattern.compile("for=\"role-([0-9a-f-]{36})\">Role of " + Pattern.quote(email))
                .matcher(changed.body());
        assertThat(bobsRole.find()).as(changed.body()).isTrue();
        assertThat(owner.submit(members + "/" + bobsRole.group(1) + "/role", Map.of("role", "viewer"))
                        .body())
                .contains("Role changed to viewer.");
        var asViewer = bob.open(members);
        assertThat(asViewer.body()).doesNotContain("id=\"invite-form\"").doesNotContain("Remove");
        assertThat(bob.get("/dashboard/tenants/" + tenant + "/keys").status()).isEqualTo(403);

        Matcher remove = Pattern.compile("action=\"(/dashboard/tenants/[^\"]+/remove)\"")
                .matcher(owner.open(members).body());
        assertThat(remove.find()).isTrue();
        assertThat(owner.submit(remove.group(1), Map.of()).body()).contains("Member removed.");
        assertThat(bob.get("/dashboard/tenants/" + tenant).status()).isEqualTo(404);
    }

    @Test
    void theLastOwnerCannotBeDemotedFromThePageAndNothingChanges() {
        Browser owner = signedUp();
        String tenant = createTenant(owner, "Solo");
        String members = "/dashboard/tenants/" + tenant + "/members";
        Matcher own = Pattern.compile("action=\"(/dashboard/tenants/[^\"]+/role)\"")
                .matcher(owner.open(members).body());
        assertThat(own.find()).isTrue();
        assertThat(owner.submit(own.group(1), Map.of("role", "viewer")).body())
                .contains("A tenant keeps at least one owner");
        assertThat(owner.open("/dashboard/tenants/" + tenant + "/settings").status())
                .isEqualTo(200);
    }

    @Test
    void theAuditPageListsChangesAndFiltersThem() {
        Browser owner = signedUp();
        String tenant = createTenant(owner, "Audited");
        issueKey(owner, tenant, "secret", "read");
        String audit = "/dashboard/tenants/" + tenant + "/audit";
        assertThat(owner.open(audit).body()).contains("tenant.created").contains("key.created");
        var keysOnly = owner.open(audit + "?action=key");
        assertThat(keysOnly.body()).contains("key.created").doesNotContain(">tenant.created<");
        assertThat(owner.open(audit + "?actor=nobody@else.test").body()).contains("No entries.");
    }

    @Test
    void everyRoleOpensExactlyThePagesTheTableAllowsAndSeesOnlyThoseInTheNavigation() {
        Browser owner = signedUp();
        String tenant = createTenant(owner, "Matrix");
        Map<TeamRole, Browser> people = team(owner, tenant);
        Browser stranger = signedUp();
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        for (Sections.Section section : Sections.ALL) {
            String page = "/dashboard/tenants/" + tenant + section.path();
            for (TeamRole role : TeamRole.values()) {
                var answer = people.get(role).get(page);
                boolean allowed = section.permission().allows(role);
                int expected = allowed ? 200 : 403;
                checks++;
                if (answer.status() != expected) {
                    wrong.add(section.key() + " as " + role + ": " + answer.status());
                } else if (!allowed
                        && !answer.body().contains(section.permission().roleNames())) {
                    wrong.add(section.key() + " as " + role + ": the refusal does not name the roles needed");
                }
            }
            checks++;
            if (stranger.get(page).status() != 404) {
                wrong.add(section.key() + " as a non-member");
            }
        }
        for (TeamRole role : TeamRole.values()) {
            String page = people.get(role).get("/dashboard/tenants/" + tenant).body();
            String overview = page.substring(page.indexOf("<nav class=\"side\""), page.indexOf("</nav>"));
            for (Sections.Section section : Sections.ALL) {
                String link = "href=\"/dashboard/tenants/" + tenant + section.path() + "\"";
                boolean shown = overview.contains(link + " aria-current") || overview.contains(link + ">");
                if (shown != section.permission().allows(role)) {
                    wrong.add("navigation of " + role + " " + (shown ? "shows " : "hides ") + section.key());
                }
            }
        }
        String viewersExperiments = people.get(TeamRole.VIEWER)
                .get("/dashboard/tenants/" + tenant + "/experiments")
                .body();
        assertThat(viewersExperiments).doesNotContain("New experiment");
        assertThat(people.get(TeamRole.ANALYST)
                        .get("/dashboard/tenants/" + tenant + "/experiments")
                        .body())
                .contains("New experiment");
        assertThat(people.get(TeamRole.ADMIN)
                        .get("/dashboard/tenants/" + tenant + "/settings")
                        .body())
                .doesNotContain("Delete…");
        assertThat(owner.get("/dashboard/tenants/" + tenant + "/settings").body())
                .contains("Delete…");
        System.out.printf(
                "Dashboard role matrix: %d pages x 6 callers = %d checks, %d wrong%n",
                Sections.ALL.size(), checks, wrong.size());
        assertThat(wrong).isEmpty();
        assertThat(TenantPermission.AUDIT_READ.allows(TeamRole.VIEWER)).isFalse();
    }

    @Test
    void everyRoleOpensTheRulePagesItsRoleAllowsAndOnlyWritersSeeOrUseTheirButtons() {
        Browser owner = signedUp();
        String tenant = createTenant(owner, "Rules team");
        String rules = "/dashboard/tenants/" + tenant + "/rules";
        owner.get(rules + "/new");
        String listed = owner.submit(
                        rules,
                        Map.of(
                                "name", "No candles",
                                "action", "exclude",
                                "condition", "item.category == \"Candles\"",
                                "enabled", "true",
                                "priority", "100"))
                .body();
        Matcher id = Pattern.compile(Pattern.quote(rules) + "/([0-9a-f-]{36})/delete")
                .matcher(listed);
        assertThat(id.find()).as(listed).isTrue();
        String rule = rules + "/" + id.group(1);
        Map<TeamRole, Browser> people = team(owner, tenant);
        Browser stranger = signedUp();
        Map<String, TenantPermission> pages = Map.of(
                rules,
                TenantPermission.RULES_READ,
                rules + "/new",
                TenantPermission.RULES_WRITE,
                rule,
                TenantPermission.RULES_READ,
                rule + "/delete",
                TenantPermission.RULES_WRITE);
        List<String> wrong = new ArrayList<>();
        pages.forEach((page, permission) -> {
            for (TeamRole role : TeamRole.values()) {
                int status = people.get(role).get(page).status();
                if (status != (permission.allows(role) ? 200 : 403)) {
                    wrong.add(page + " as " + role + ": " + status);
                }
            }
            if (stranger.get(page).status() != 404) {
                wrong.add(page + " as a non-member");
            }
        });
        for (TeamRole role : TeamRole.values()) {
            boolean writes = TenantPermission.RULES_WRITE.allows(role);
            String list = people.get(role).get(rules).body();
            String edit = people.get(role).get(rule).body();
            boolean buttons = list.contains("New rule")
                    && list.contains("aria-label=\"Disable No candles\"")
                    && list.contains("aria-label=\"Delete No candles…\"")
                    && edit.contains("Save rule");
            boolean anyButton = list.contains("New rule")
                    || list.contains(">Disable<")
                    || list.contains("/delete\"")
                    || edit.contains("Save rule")
                    || edit.contains("Delete…");
            if (writes ? !buttons : anyButton) {
                wrong.add("rule buttons of " + role + (writes ? " missing" : " shown"));
            }
        }
        Browser developer = people.get(TeamRole.DEVELOPER);
        developer.get(rules);
        assertThat(developer.post(rule + "/enabled", Map.of("enabled", "false")).status())
                .isEqualTo(403);
        assertThat(developer
                        .post(rules, Map.of("name", "Sneaky", "action", "exclude"))
                        .status())
                .isEqualTo(403);
        assertThat(owner.get(rules).body()).contains(">enabled<").doesNotContain("Sneaky");
        assertThat(wrong).isEmpty();
    }

    /** Every role besides the owner, each a colleague who joined through the mailed invitation. */
    private Map<TeamRole, Browser> team(Browser owner, String tenant) {
        String members = "/dashboard/tenants/" + tenant + "/members";
        Map<TeamRole, Browser> people = new EnumMap<>(TeamRole.class);
        people.put(TeamRole.OWNER, owner);
        for (TeamRole role : TeamRole.values()) {
            if (role == TeamRole.OWNER) {
                continue;
            }
            String email = role.wireName() + "-" + UUID.randomUUID() + "@shop.test";
            owner.get(members);
            owner.post(members, Map.of("email", email, "role", role.wireName()));
            Browser member = signedUp(email);
            String link = "/dashboard/invitations/" + InvitationMail.token(mailbox, email);
            member.get(link);
            assertThat(member.post(link, Map.of()).status()).isEqualTo(302);
            people.put(role, member);
        }
        return people;
    }
}

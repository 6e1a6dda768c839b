package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.shared.web.ProblemStatus;
import com.recomengine.teams.Teams;
import com.recomengine.tenants.TenantProfile;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tenant's members: everyone sees who is on the team; owners and admins invite, change roles, remove and revoke
 * pending invitations (the page shows those forms only to them). Refusals (the last owner, an existing member) come
 * back as a notice on the page, nothing changed.
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/members")
@RequiredArgsConstructor
class MemberPagesController {

    static final List<String> ROLES = List.of("viewer", "analyst", "developer", "admin", "owner");

    private final Teams teams;

    @GetMapping
    @TenantAccess(TenantPermission.MEMBERS_READ)
    String list(@PathVariable UUID tenantId, @ModelAttribute("tenant") TenantProfile profile, Model model) {
        TenantId tenant = new TenantId(tenantId);
        model.addAttribute("members", teams.members(tenant));
        model.addAttribute(
                "invitations",
                profile.may(TenantPermission.MEMBERS_MANAGE) ? teams.pendingInvitations(tenant) : List.of());
        model.addAttribute("roles", ROLES);
        return "dashboard/members/list";
    }

    @PostMapping
    @TenantAccess(TenantPermission.MEMBERS_MANAGE)
    String invite(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect) {
        return attempt(tenantId, redirect, "Invitation sent to " + email.strip() + ".", () -> {
            if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw com.recomengine.shared.problem.Problems.invalid("email", "Enter an email address.");
            }
            teams.invite(admin, new TenantId(tenantId), email.strip(), role);
        });
    }

    @PostMapping("/{memberId}/role")
    @TenantAccess(TenantPermission.MEMBERS_MANAGE)
    String changeRole(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID memberId,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect) {
        return attempt(
                tenantId,
                redirect,
                "Role changed to " + role + ".",
                () -> teams.changeRole(admin, new TenantId(tenantId), memberId, role));
    }

    @PostMapping("/{memberId}/remove")
    @TenantAccess(TenantPermission.MEMBERS_MANAGE)
    String remove(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID memberId,
            RedirectAttributes redirect) {
        return attempt(
                tenantId, redirect, "Member removed.", () -> teams.remove(admin, new TenantId(tenantId), memberId));
    }

    @PostMapping("/invitations/{invitationId}/revoke")
    @TenantAccess(TenantPermission.MEMBERS_MANAGE)
    String revoke(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID invitationId,
            RedirectAttributes redirect) {
        return attempt(
                tenantId,
                redirect,
                "Invitation revoked.",
                () -> teams.revokeInvitation(admin, new TenantId(tenantId), invitationId));
    }

    @PostMapping("/leave")
    @TenantAccess(TenantPermission.MEMBERS_READ)
    String leave(
            @AuthenticationPrincipal DashboardAdmin admin, @PathVariable UUID tenantId, RedirectAttributes redirect) {
        try {
            teams.leave(admin, new TenantId(tenantId));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
            return "redirect:/dashboard/tenants/" + tenantId + "/members";
        }
        redirect.addFlashAttribute("notice", "You left the tenant.");
        return "redirect:/dashboard/tenants";
    }

    /** Post-redirect-get: a refusal (4xx) becomes the page's alert; anything else is an error page. */
    private static String attempt(UUID tenantId, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", done);
        } catch (ProblemException e) {
            if (!ProblemStatus.of(e.kind()).is4xxClientError()) {
                throw e;
            }
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/dashboard/tenants/" + tenantId + "/members";
    }
}

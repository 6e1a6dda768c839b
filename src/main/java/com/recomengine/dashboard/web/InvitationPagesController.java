package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.web.ProblemStatus;
import com.recomengine.teams.MemberView;
import com.recomengine.teams.Teams;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link of an invitation mail: signed in (the login page brings the invitee back here), the invitee confirms and
 * lands on the tenant's overview.
 */
@Controller
@RequiredArgsConstructor
class InvitationPagesController {

    private final Teams teams;

    @GetMapping("/dashboard/invitations/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "dashboard/invitations/accept";
    }

    @PostMapping("/dashboard/invitations/{token}")
    String accept(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable String token,
            Model model,
            RedirectAttributes redirect) {
        try {
            MemberView member = teams.accept(admin, token);
            redirect.addFlashAttribute("notice", "Welcome: you are " + member.role() + " on this tenant.");
            return "redirect:/dashboard/tenants/" + member.tenantId();
        } catch (ProblemException e) {
            if (!ProblemStatus.of(e.kind()).is4xxClientError()) {
                throw e;
            }
            model.addAttribute("token", token);
            model.addAttribute("failure", e.getMessage());
            return "dashboard/invitations/accept";
        }
    }
}

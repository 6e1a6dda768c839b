package com.recomengine.identity.web;

import com.recomengine.identity.internal.Accounts;
import com.recomengine.identity.internal.LoggingMailSender;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Development only: the mails the default sender would have delivered (password resets), newest first, and of those
 * only the ones addressed to the admin signed in to the dashboard (the page needs a session: security config).
 */
@Controller
@Profile("!prod")
@RequiredArgsConstructor
class DevMailboxController {

    private final LoggingMailSender sender;
    private final Accounts accounts;

    @GetMapping("/dev/mailbox")
    String mailbox(Principal signedIn, Model model) {
        String email = adminId(signedIn)
                .flatMap(accounts::find)
                .map(Accounts.AdminView::email)
                .orElse(null);
        model.addAttribute(
                "mails",
                email == null
                        ? List.of()
                        : sender.delivered().stream()
                                .filter(d -> d.mail().to().equalsIgnoreCase(email))
                                .toList());
        return "dev/mailbox";
    }

    private static java.util.Optional<UUID> adminId(Principal principal) {
        try {
            return java.util.Optional.of(UUID.fromString(principal.getName()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}

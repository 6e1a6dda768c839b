package com.recomengine.identity.web;

import com.recomengine.identity.internal.LoggingMailSender;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Development only: the mails the default sender would have delivered (password resets), newest first. */
@Controller
@Profile("!prod")
class DevMailboxController {

    private final LoggingMailSender sender;

    DevMailboxController(LoggingMailSender sender) {
        this.sender = sender;
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Model model) {
        model.addAttribute("mails", sender.delivered());
        return "dev/mailbox";
    }
}

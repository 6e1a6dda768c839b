package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.SessionLogin;
import com.recomengine.identity.AdminAccounts;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Login (the form posts to Spring Security's {@code /login}), signup (which logs the new admin in), and the
 * forgotten-password pair: a form that mails a reset link, and the page that link opens.
 */
@Controller
class AccountController {

    private final AdminAccounts accounts;
    private final SessionLogin sessions;
    private final boolean development;

    AccountController(AdminAccounts accounts, SessionLogin sessions, Environment environment) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.development = !environment.acceptsProfiles(Profiles.of("prod"));
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, Model model, HttpServletRequest request) {
        if (sessions.signedIn()) {
            return "redirect:/dashboard";
        }
        HttpSession session = request.getSession(false);
        if (error != null
                && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e) {
            model.addAttribute("loginError", e.getMessage());
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        } else if (error != null) {
            model.addAttribute("loginError", "Email or password is wrong.");
        }
        return "dashboard/account/login";
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        if (sessions.signedIn()) {
            return "redirect:/dashboard";
        }
        model.addAttribute("form", AccountForms.Signup.empty());
        return "dashboard/account/signup";
    }

    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("form") AccountForms.Signup form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "dashboard/account/signup";
        }
        try {
            accounts.register(form.email(), form.password(), form.name().strip());
        } catch (ProblemException e) {
            if (e.kind() != ProblemKind.CONFLICT) {
                throw e;
            }
            errors.rejectValue("email", "taken", "An account with this email already exists. Log in instead?");
            return "dashboard/account/signup";
        }
        sessions.logIn(form.email(), form.password(), request, response);
        redirect.addFlashAttribute("notice", "Welcome to RecomEngine! Create your first tenant: one per store.");
        return "redirect:/dashboard/tenants/new";
    }

    @GetMapping("/forgot-password")
    String forgotForm(@RequestParam(required = false) @Nullable String sent, Model model) {
        model.addAttribute("form", new AccountForms.Forgot(""));
        model.addAttribute("sent", sent != null);
        model.addAttribute("development", development);
        return "dashboard/account/forgot";
    }

    @PostMapping("/forgot-password")
    String forgot(
            @Valid @ModelAttribute("form") AccountForms.Forgot form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        if (errors.hasErrors()) {
            model.addAttribute("sent", false);
            return "dashboard/account/forgot";
        }
        accounts.requestPasswordReset(form.email(), request.getRemoteAddr());
        return "redirect:/forgot-password?sent";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("form", new AccountForms.Reset(token, "", ""));
        return "dashboard/account/reset";
    }

    @PostMapping("/reset-password")
    String reset(
            @Valid @ModelAttribute("form") AccountForms.Reset form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasFieldErrors("token")) {
            model.addAttribute("tokenError", true);
            return "dashboard/account/reset";
        }
        if (!form.confirmed()) {
            errors.rejectValue("confirmation", "differs", "The two passwords differ.");
        }
        if (errors.hasErrors()) {
            return "dashboard/account/reset";
        }
        try {
            accounts.resetPassword(form.token(), form.password());
        } catch (ProblemException e) {
            if (e.kind() != ProblemKind.INVALID) {
                throw e;
            }
            model.addAttribute("tokenError", true);
            return "dashboard/account/reset";
        }
        redirect.addFlashAttribute("notice", "Your password has been changed. Log in with the new one.");
        return "redirect:/login";
    }
}

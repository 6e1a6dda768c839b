package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.shared.web.ProblemStatus;
import com.recomengine.tenants.TenantProfile;
import com.recomengine.tenants.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every dashboard page shares: the theme, the signed-in admin with their tenants (for the switcher), the
 * tenant of the URL (which must be the admin's: another admin's tenant is a 404 like a missing one), and error
 * pages in HTML instead of the API's problem JSON.
 */
@ControllerAdvice(basePackageClasses = DashboardPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class DashboardPages {

    private static final Logger log = LoggerFactory.getLogger(DashboardPages.class);

    private final Tenants tenants;

    @ModelAttribute
    void shared(
            @CookieValue(name = ThemeController.COOKIE, required = false) @Nullable String theme,
            @AuthenticationPrincipal @Nullable Object principal,
            @PathVariable(name = "tenantId", required = false) @Nullable UUID tenantId,
            Model model) {
        model.addAttribute("theme", ThemeController.valid(theme));
        if (!(principal instanceof DashboardAdmin admin)) {
            return;
        }
        model.addAttribute("admin", admin);
        model.addAttribute("tenants", tenants.profilesOwnedBy(admin.id()));
        if (tenantId != null) {
            TenantProfile tenant = tenants.profile(admin.id(), new TenantId(tenantId));
            model.addAttribute("tenant", tenant);
            model.addAttribute("tenantId", tenantId);
            model.addAttribute("can", permissions(tenant));
        }
    }

    /** What the member's role may do, by permission name: pages show only those links, buttons and forms. */
    private static Map<String, Boolean> permissions(TenantProfile tenant) {
        Map<String, Boolean> can = new java.util.HashMap<>();
        for (TenantPermission permission : TenantPermission.values()) {
            can.put(permission.name(), tenant.may(permission));
        }
        return can;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletRequest request) {
        HttpStatus status = ProblemStatus.of(e.kind());
        if (status.is5xxServerError()) {
            log.warn("Dashboard page {} failed: {}", request.getRequestURI(), e.getMessage());
        }
        return page(status, e.title(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.NOT_FOUND, "Not found", "There is no such page.");
    }

    /** A watcher of the live stream went away: nothing to answer, nothing to log. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        // the connection is closed; there is no one to tell
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return page(
                    status,
                    status.getReasonPhrase(),
                    "The request could not be handled: "
                            + status.getReasonPhrase().toLowerCase() + ".");
        }
        log.error("Unexpected failure on dashboard page {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "An unexpected error occurred; it has been logged. Try again, or go back.");
    }

    private static ModelAndView page(HttpStatus status, String title, String detail) {
        ModelAndView page =
                new ModelAndView("dashboard/error", Map.of("status", status.value(), "title", title, "detail", detail));
        page.setStatus(status);
        return page;
    }
}

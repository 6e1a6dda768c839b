package com.recomengine.dashboard.internal;

import com.recomengine.identity.AdminAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Ends a dashboard session whose admin changed their password since it logged in (a reset from another browser
 * included): the session is invalidated and the request sent to the login page, so a stolen or forgotten session
 * stops working with the old password.
 */
@Component
@RequiredArgsConstructor
class CredentialsCheck implements HandlerInterceptor {

    static final String EXPIRED = "/login?expired";

    private final AdminAccounts accounts;
    private final PreviewKeys previewKeys;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication session = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || !(session.getPrincipal() instanceof DashboardAdmin admin)) {
            return true;
        }
        boolean current = accounts.credentialsVersion(admin.id())
                .filter(admin.credentials()::equals)
                .isPresent();
        if (current) {
            return true;
        }
        HttpSession http = request.getSession(false);
        if (http != null) {
            previewKeys.revokeAll(http);
            http.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + EXPIRED);
        return false;
    }
}

package com.recomengine.dashboard.internal;

import com.recomengine.identity.AdminAccounts;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks the dashboard's login form against the admin accounts (same bcrypt hashes and login throttles as the
 * API login). The platform's browser security chain picks it up as the application's authentication provider.
 */
@Component
@RequiredArgsConstructor
class AdminAuthentication implements AuthenticationProvider {

    static final String ROLE = "ROLE_DASHBOARD";

    private final AdminAccounts accounts;

    @Override
    public Authentication authenticate(Authentication login) {
        String email = String.valueOf(login.getPrincipal()).strip();
        String password =
                login.getCredentials() == null ? "" : login.getCredentials().toString();
        if (email.isEmpty() || password.isEmpty()) {
            throw new BadCredentialsException("Enter your email and password.");
        }
        try {
            DashboardAdmin admin = accounts.authenticate(email, password, clientAddress(login))
                    .flatMap(accounts::profile)
                    .map(p -> new DashboardAdmin(
                            p.id().value(),
                            p.email(),
                            p.name(),
                            accounts.credentialsVersion(p.id()).orElse("")))
                    .orElseThrow(() -> new BadCredentialsException("Email or password is wrong."));
            var session = UsernamePasswordAuthenticationToken.authenticated(
                    admin, null, List.of(new SimpleGrantedAuthority(ROLE)));
            session.setDetails(login.getDetails());
            return session;
        } catch (ProblemException e) {
            if (e.kind() == ProblemKind.TOO_MANY) {
                throw new LockedException(e.getMessage());
            }
            throw new AuthenticationServiceException(e.getMessage(), e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}

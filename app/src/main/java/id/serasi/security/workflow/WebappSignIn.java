package id.serasi.security.workflow;

import id.serasi.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Camunda web apps sign in with Serasi's own sign-in (local or Keycloak): whoever Spring Security has let
 * through to {@code /camunda/**} (admins only) is the web apps' user, in the {@code camunda-admin} group. The web
 * apps' own login form and user store are never used.
 */
@Configuration
class WebappSignIn {

    static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Runs after Spring Security's filter chain (order -100), before the web apps read their session. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSignInFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", FromSpringSecurity.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }

    /** The signed-in Serasi user as the web apps' user; created by the filter by its class name. */
    public static class FromSpringSecurity extends ContainerBasedAuthenticationProvider {

        private static final SecureRandom RANDOM = new SecureRandom();
        private static final String PROVISIONED = "serasi.webappUser";

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn == null || !signedIn.isAuthenticated() || signedIn.getAuthorities().stream()
                    .noneMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()))) {
                return AuthenticationResult.unsuccessful();
            }
            // the filter asks on every web-app request: the identity store is looked at once per session
            HttpSession session = request.getSession();
            if (!signedIn.getName().equals(session.getAttribute(PROVISIONED))) {
                ensureEngineUser(engine, signedIn.getName());
                session.setAttribute(PROVISIONED, signedIn.getName());
            }
            AuthenticationResult result = AuthenticationResult.successful(signedIn.getName());
            result.setGroups(List.of(CAMUNDA_ADMIN));
            return result;
        }

        /**
         * The web apps look their user up in the engine's identity store: the admin is entered there on first use,
         * with a random password nobody knows (the web apps' own login can never be used with it), as a member of
         * {@code camunda-admin}, so the Admin app never asks for a first user.
         */
        private static void ensureEngineUser(ProcessEngine engine, String username) {
            var identity = engine.getIdentityService();
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                user.setPassword(Base64.getEncoder().encodeToString(secret));
                user.setFirstName(username);
                user.setLastName("(Serasi)");
                identity.saveUser(user);
            }
            if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
                Group admins = identity.newGroup(CAMUNDA_ADMIN);
                admins.setName("Camunda administrators (Serasi admins)");
                admins.setType("SYSTEM");
                identity.saveGroup(admins);
            }
            if (identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
                identity.createMembership(username, CAMUNDA_ADMIN);
            }
        }
    }
}

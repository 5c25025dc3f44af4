package id.serasi.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a Keycloak sign-in current: on every request of a signed-in member of staff whose access token is about to
 * expire, the refresh token is exchanged for new tokens. Spring Security then replaces the principal with the new ID
 * token's roles and units, so a user removed from a unit loses its tasks and cases with the next token, not at the
 * next sign-in. When Keycloak refuses the refresh (account disabled, session ended or revoked by an administrator),
 * the Serasi session ends as well and the next page asks for a new sign-in.
 */
final class TokenRenewal extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TokenRenewal.class);

    private final OAuth2AuthorizedClientManager clients;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    TokenRenewal(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token) {
            try {
                clients.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(token.getAuthorizedClientRegistrationId())
                        .principal(token)
                        .attribute(HttpServletRequest.class.getName(), request)
                        .attribute(HttpServletResponse.class.getName(), response)
                        .build());
                SecurityContext renewed = SecurityContextHolder.getContext();
                if (renewed.getAuthentication() != authentication) {
                    // Spring Security replaced the principal for this request; the session must keep it too.
                    sessions.saveContext(renewed, request, response);
                }
            } catch (OAuth2AuthorizationException refused) {
                // No user name here: the log carries no personal data, the error code says enough to operators.
                log.info("Keycloak did not renew a sign-in ({}); the session ends", refused.getError().getErrorCode());
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}

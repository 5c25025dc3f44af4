package id.serasi.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.serasi.security.TokenAuthorities;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The staff UI: every view needs a signed-in user; views narrow it further with role annotations. The embedded
 * default signs in on Serasi's own login page; with {@code serasi.identity=keycloak} staff sign in through Keycloak
 * (authorization code with PKCE) and signing out ends the Keycloak session too.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class UiSecurityConfiguration {

    static final String KEYCLOAK = "keycloak";

    @Bean
    @Order(10)
    SecurityFilterChain ui(HttpSecurity http, @Value("${serasi.identity:local}") String identity,
                           ObjectProvider<ClientRegistrationRepository> clients,
                           ObjectProvider<OAuth2AuthorizedClientManager> tokens) throws Exception {
        if (!KEYCLOAK.equals(identity)) {
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
        }
        DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(
                clients.getObject(), "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                .userInfoEndpoint(info -> info.userAuthoritiesMapper(tokenAuthorities())));
        http.addFilterAfter(new TokenRenewal(tokens.getObject()), AnonymousAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/" + KEYCLOAK, "{baseUrl}")).build();
    }

    /**
     * Keycloak sign-ins: tokens are kept in the HTTP session (they end with it, and a Vaadin session lives on one
     * node anyway) and renewed with the refresh token {@code serasi.keycloak.renew-before} ahead of expiry; each
     * renewal publishes the event from which Spring Security re-reads the ID token's roles and units.
     */
    @Configuration
    @ConditionalOnProperty(name = "serasi.identity", havingValue = KEYCLOAK)
    static class KeycloakTokens {

        @Bean
        OAuth2AuthorizedClientRepository authorizedClients() {
            return new HttpSessionOAuth2AuthorizedClientRepository();
        }

        @Bean
        OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                              OAuth2AuthorizedClientRepository authorizedClients,
                                                              ApplicationEventPublisher events,
                                                              @Value("${serasi.keycloak.renew-before:PT60S}")
                                                              Duration renewBefore) {
            RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
            refresh.setApplicationEventPublisher(events);
            refresh.setClockSkew(renewBefore);
            DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                    authorizedClients);
            manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .authorizationCode().provider(refresh).build());
            return manager;
        }
    }

    /** The roles and units of the ID token (and user info) become Serasi's authorities, as for REST callers. */
    static GrantedAuthoritiesMapper tokenAuthorities() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Map<String, Object> claims = new HashMap<>(oidc.getIdToken().getClaims());
                    if (oidc.getUserInfo() != null) {
                        claims.putAll(oidc.getUserInfo().getClaims());
                    }
                    mapped.addAll(TokenAuthorities.of(claims));
                }
            }
            return mapped;
        };
    }
}

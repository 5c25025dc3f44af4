package id.serasi.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Keycloak as the identity provider ({@code serasi.identity=keycloak}): bearer tokens are checked against the
 * realm's keys and issuer, and HTTP Basic (what Camunda Modeler sends) is checked by asking Keycloak for a token
 * with the user's password through the REST client ({@code serasi.keycloak.api-client}, direct grants). Either way
 * the token's roles and units become the caller's authorities.
 */
@Configuration
@ConditionalOnProperty(name = "serasi.identity", havingValue = "keycloak")
public class KeycloakIdentity {

    private final String issuer;
    private final String apiClient;

    KeycloakIdentity(@Value("${serasi.keycloak.issuer-uri}") String issuer,
                     @Value("${serasi.keycloak.api-client:serasi-api}") String apiClient) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.apiClient = apiClient;
    }

    /**
     * Who works where, as Keycloak says now: read with the server's service account ({@code
     * serasi.keycloak.server-client}) and kept for {@code serasi.keycloak.directory-refresh}.
     */
    @Bean
    StaffDirectory keycloakDirectory(@Value("${serasi.keycloak.server-client:serasi-server}") String clientId,
                                     @Value("${serasi.keycloak.server-secret}") String clientSecret,
                                     @Value("${serasi.keycloak.directory-refresh:PT5M}") Duration refresh) {
        return new KeycloakDirectory(RestClient.builder().requestFactory(timeouts()).build(), issuer, clientId,
                clientSecret, refresh, Clock.systemUTC());
    }

    private static SimpleClientHttpRequestFactory timeouts() {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(5_000);
        timeouts.setReadTimeout(10_000);
        return timeouts;
    }

    /** The realm's keys are fetched when the first token arrives, so Serasi starts even while Keycloak does. */
    @Bean
    JwtDecoder keycloakJwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    /** A bearer token's holder: named by {@code preferred_username}, with the token's roles and units. */
    @Bean
    Converter<Jwt, AbstractAuthenticationToken> keycloakTokenConverter() {
        return jwt -> new JwtAuthenticationToken(jwt, TokenAuthorities.of(jwt.getClaims()),
                jwt.getClaimAsString(TokenAuthorities.USERNAME));
    }

    /** HTTP Basic checked by Keycloak: a refused password grant is a refused sign-in (wrong password, disabled user). */
    @Bean
    AuthenticationProvider keycloakPasswordCheck(JwtDecoder decoder) {
        RestClient client = RestClient.builder().requestFactory(timeouts()).build();
        Converter<Jwt, AbstractAuthenticationToken> converter = keycloakTokenConverter();
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication basic) {
                LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                form.add("grant_type", "password");
                form.add("client_id", apiClient);
                form.add("username", basic.getName());
                form.add("password", String.valueOf(basic.getCredentials()));
                try {
                    Map<?, ?> tokens = client.post().uri(issuer + "/protocol/openid-connect/token")
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
                    Object token = tokens == null ? null : tokens.get("access_token");
                    if (token == null) {
                        throw new BadCredentialsException("no token");
                    }
                    return converter.convert(decoder.decode(token.toString()));
                } catch (HttpClientErrorException refused) {
                    throw new BadCredentialsException("Keycloak refused the sign-in");
                } catch (RestClientException unreachable) {
                    throw new AuthenticationServiceException("Keycloak cannot be reached", unreachable);
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }
}

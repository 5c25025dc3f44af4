package id.serasi.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The engine's own doors. {@code /engine-rest} is a separate Jersey servlet and gets its own chain (HTTP Basic,
 * stateless; analysts deploy from Camunda Modeler, admins operate); the Camunda web apps are for admins only.
 */
@Configuration
class EngineSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Role.ANALYST.realmName(), Role.ADMIN.realmName()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.realmName()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }
}

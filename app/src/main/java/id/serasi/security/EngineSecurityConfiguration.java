package id.serasi.security;

import id.serasi.security.workflow.DeploymentUse;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The engine's own doors. {@code /engine-rest} is a separate Jersey servlet and gets its own chain (HTTP Basic,
 * stateless; analysts deploy from Camunda Modeler, admins operate); the Camunda web apps are for admins only.
 * Only analysts deploy; analysts (and admins) read deployments and model definitions, nothing about running cases
 * or reports: process instances, tasks, variables and history are the admin's alone to read. Nobody changes a case
 * through the engine: the admin retries jobs and handles incidents, and that is all the writing there is.
 */
@Configuration
class EngineSecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    /** Deploying and removing models: the analyst's alone, as DESIGN.md says ("only analyst may deploy"). */
    private static final RequestMatcher DEPLOYING = new OrRequestMatcher(
            engine(HttpMethod.POST, "/deployment/**"),
            engine(HttpMethod.DELETE, "/deployment/**"),
            engine(HttpMethod.PUT, "/deployment/**"));
    private static final RequestMatcher ANALYST_PATHS = new OrRequestMatcher(
            engine(null, "/version"),
            engine(null, "/deployment"),
            engine(null, "/deployment/**"),
            engine(HttpMethod.GET, "/process-definition/**"),
            engine(HttpMethod.GET, "/process-definition"),
            engine(HttpMethod.GET, "/decision-definition/**"),
            engine(HttpMethod.GET, "/decision-definition"));

    /**
     * What nobody does through the engine's REST: create a task of no model (it belongs to no case and no list), or
     * have the engine serve a file of a deployment as a form page.
     */
    private static final RequestMatcher NOBODY = new OrRequestMatcher(
            engine(HttpMethod.POST, "/task/create/**"),
            engine(null, "/process-definition/*/deployed-start-form/**"),
            engine(null, "/process-definition/key/*/deployed-start-form/**"),
            engine(null, "/process-definition/*/rendered-form/**"),
            engine(null, "/process-definition/key/*/rendered-form/**"),
            engine(null, "/task/*/deployed-form/**"),
            engine(null, "/task/*/rendered-form/**"));

    /**
     * What the admin does through the engine: read anything (queries are POSTs too), and operate the engine itself:
     * retry failed jobs and handle incidents. Everything else that writes — completing, claiming or assigning a
     * task, setting variables, starting, correlating, modifying, migrating, suspending or deleting instances,
     * identities, authorizations, filters — would bypass Serasi's own rules (who may act on which case, the audit
     * trail, the task pool), so nobody does it over the engine's REST.
     */
    private static final RequestMatcher OPERATING = new OrRequestMatcher(
            engine(HttpMethod.GET, "/**"),
            engine(HttpMethod.HEAD, "/**"),
            engine(HttpMethod.OPTIONS, "/**"),
            queries(),
            // a stored filter's tasks and their count (Tasklist reads its lists so)
            engine(HttpMethod.POST, "/filter/*/list"),
            engine(HttpMethod.POST, "/filter/*/count"),
            engine(HttpMethod.PUT, "/job/*/retries"),
            engine(HttpMethod.POST, "/job/retries"),
            engine(HttpMethod.PUT, "/job-definition/*/retries"),
            engine(HttpMethod.POST, "/process-instance/job-retries"),
            engine(HttpMethod.PUT, "/incident/*/annotation"),
            engine(HttpMethod.DELETE, "/incident/*/annotation"),
            engine(HttpMethod.DELETE, "/incident/*"));

    /**
     * The engine's queries that take their criteria as a POST body: {@code POST /task}, {@code /task/count},
     * {@code /history/process-instance}, {@code /history/task/count}, … — but not the top-level POSTs that act
     * ({@code /message}, {@code /signal}, {@code /condition}, {@code /telemetry}) nor {@code /history/cleanup}.
     */
    private static RequestMatcher queries() {
        RequestMatcher acting = new OrRequestMatcher(engine(HttpMethod.POST, "/message"),
                engine(HttpMethod.POST, "/signal"), engine(HttpMethod.POST, "/condition"),
                engine(HttpMethod.POST, "/telemetry"), engine(HttpMethod.POST, "/history/cleanup"));
        RequestMatcher queryShaped = new OrRequestMatcher(engine(HttpMethod.POST, "/*"),
                engine(HttpMethod.POST, "/*/count"), engine(HttpMethod.POST, "/history/*"),
                engine(HttpMethod.POST, "/history/*/count"));
        return new AndRequestMatcher(queryShaped, new NegatedRequestMatcher(acting));
    }

    /** Any engine call the rules above do not let anyone make. */
    private static final RequestMatcher BYPASSING = new AndRequestMatcher(engine(null, "/**"),
            new NegatedRequestMatcher(new OrRequestMatcher(OPERATING, DEPLOYING)));

    /**
     * One rule for every form of an engine path: the default engine's ({@code /engine-rest/deployment}), the named
     * engine's ({@code /engine-rest/engine/default/deployment}) and the web apps' copy of the same API
     * ({@code /camunda/api/engine/engine/default/deployment}), which all reach the same resources.
     */
    static RequestMatcher engine(HttpMethod method, String path) {
        return new OrRequestMatcher(PATHS.matcher(method, "/engine-rest" + path),
                PATHS.matcher(method, "/engine-rest/engine/*" + path),
                PATHS.matcher(method, "/camunda/api/engine/engine/*" + path));
    }

    /**
     * A path the firewall refuses (";", "%2e%2e", "//") is a bad request, told as 400: it was a 500 from the error
     * page, which read as if the server had failed.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, ObjectProvider<KeycloakIdentity> keycloak,
                                   DeploymentUse deploymentUse) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(NOBODY).denyAll()
                        .requestMatchers(DEPLOYING).hasRole(Role.ANALYST.realmName())
                        .requestMatchers(ANALYST_PATHS).hasAnyRole(Role.ANALYST.realmName(), Role.ADMIN.realmName())
                        .requestMatchers(OPERATING).hasRole(Role.ADMIN.realmName())
                        .anyRequest().denyAll())
                .addFilterAfter(new RefusingQueryExpressions(), AuthorizationFilter.class)
                .addFilterAfter(new RefusingDeploymentRemoval(deploymentUse), AuthorizationFilter.class);
        return apiClients(http, keycloak);
    }

    /**
     * Operations: health and its probes are open (load balancers, compose health checks; details only for admins),
     * metrics and everything else under {@code /actuator} are the admin's (Prometheus scrapes with HTTP Basic).
     */
    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http, ObjectProvider<KeycloakIdentity> keycloak) throws Exception {
        http.securityMatcher(PATHS.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/health/**")).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.realmName()));
        return apiClients(http, keycloak);
    }

    /**
     * How programs call: stateless HTTP Basic against the embedded users or, with Keycloak, a Keycloak bearer token
     * or Basic checked by Keycloak (Camunda Modeler sends either; Prometheus sends Basic).
     */
    private static SecurityFilterChain apiClients(HttpSecurity http, ObjectProvider<KeycloakIdentity> keycloak)
            throws Exception {
        http.httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        KeycloakIdentity identity = keycloak.getIfAvailable();
        if (identity != null) {
            JwtDecoder decoder = identity.keycloakJwtDecoder();
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(identity.keycloakTokenConverter());
            ProviderManager either = new ProviderManager(tokens, identity.keycloakPasswordCheck(decoder));
            http.authenticationManager(either)
                    .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.authenticationManager(either)));
        }
        return http.build();
    }

    /**
     * The error page of a web-app request. Camunda refuses a change without its CSRF token with a 403 and ends the
     * session; the error page must then say 403 too, not send the caller (now signed out) to the login page.
     */
    private static final RequestMatcher WEBAPP_ERRORS = request -> request.getDispatcherType() == DispatcherType.ERROR
            && String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                    .startsWith(request.getContextPath() + "/camunda/");

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/camunda/**"), WEBAPP_ERRORS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(WEBAPP_ERRORS).permitAll()
                        // the Admin app's first-user setup would create a second, local admin: never reachable
                        .requestMatchers(PATHS.matcher("/camunda/api/admin/setup/**"),
                                PATHS.matcher("/camunda/app/admin/*/setup/**")).denyAll()
                        // the engine-rest rules hold on the web apps' copy of the API: only analysts deploy (and
                        // they do not use the web apps), nobody creates a task of no model or has a form served,
                        // and the admin reads and operates but does not work cases (Tasklist's complete is refused)
                        .requestMatchers(NOBODY, DEPLOYING, BYPASSING).denyAll()
                        .anyRequest().hasRole(Role.ADMIN.realmName()))
                .addFilterAfter(new RefusingQueryExpressions(), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // The web apps guard their own changes: Camunda's CsrfPreventionFilter (on /camunda/api/* and
                // /camunda/app/*) wants its XSRF-TOKEN cookie echoed in X-XSRF-TOKEN, which they send. Spring's
                // token is one they never send: with it on, every POST, PUT and DELETE of theirs was refused.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}

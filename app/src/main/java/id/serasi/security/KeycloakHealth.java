package id.serasi.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Keycloak in {@code /actuator/health} (and readiness) when it is the identity provider: its realm answers. */
@Component("keycloak")
@ConditionalOnProperty(name = "serasi.identity", havingValue = "keycloak")
class KeycloakHealth implements HealthIndicator {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI discovery;

    KeycloakHealth(@Value("${serasi.keycloak.issuer-uri}") String issuer) {
        this.discovery = URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration");
    }

    @Override
    public Health health() {
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Health.up().build() : Health.down().withDetail("status", status).build();
        } catch (IOException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }
}

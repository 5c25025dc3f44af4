package id.serasi.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The staff directory with Keycloak as the identity provider: who holds which realm role and belongs to which unit
 * group, read through Keycloak's admin API with the server's own service account (client credentials; the client
 * needs {@code view-users} and {@code query-groups}). The answer is kept for {@code refresh} and read again after;
 * while Keycloak cannot be reached the last answer stands. Disabled accounts are left out. Roles are read as
 * assigned to users directly, the way the realm assigns them.
 */
final class KeycloakDirectory implements StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDirectory.class);
    private static final int PAGE = 500;

    private final RestClient http;
    private final String tokenUri;
    private final String admin;
    private final String clientId;
    private final String clientSecret;
    private final Duration refresh;
    private final Clock clock;
    private Map<String, Staff> staff;
    private Instant readAt = Instant.MIN;

    KeycloakDirectory(RestClient http, String issuer, String clientId, String clientSecret, Duration refresh,
                      Clock clock) {
        this.http = http;
        this.tokenUri = issuer + "/protocol/openid-connect/token";
        this.admin = issuer.replace("/realms/", "/admin/realms/");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refresh = refresh;
        this.clock = clock;
    }

    @Override
    public Optional<Staff> find(String username) {
        return Optional.ofNullable(current().get(username));
    }

    @Override
    public List<Staff> staffOf(String unitCode, Role role) {
        return sorted(s -> s.belongsTo(unitCode) && s.has(role));
    }

    @Override
    public List<Staff> withRole(Role role) {
        return sorted(s -> s.has(role));
    }

    private List<Staff> sorted(Predicate<Staff> filter) {
        return current().values().stream().filter(filter).sorted(Comparator.comparing(Staff::username)).toList();
    }

    private synchronized Map<String, Staff> current() {
        Instant now = clock.instant();
        if (staff == null || !now.isBefore(readAt.plus(refresh))) {
            try {
                staff = read();
                readAt = now;
            } catch (RestClientException | IllegalStateException e) {
                log.warn("Keycloak's staff directory could not be read ({}); {}", e.getClass().getSimpleName(),
                        staff == null ? "no staff known yet" : "the last answer stands");
                if (staff == null) {
                    return Map.of();
                }
                readAt = now.minus(refresh).plus(Duration.ofSeconds(30));
            }
        }
        return staff;
    }

    private Map<String, Staff> read() {
        String token = serviceToken();
        Map<String, Person> people = new HashMap<>();
        for (Role role : Role.values()) {
            for (JsonNode user : pages(token, "/roles/" + role.realmName() + "/users")) {
                person(people, user).roles.add(role);
            }
        }
        JsonNode units = get(token, "/group-by-path/" + RealmFile.UNITS_GROUP);
        for (JsonNode unit : pages(token, "/groups/" + units.path("id").asText() + "/children?briefRepresentation=false")) {
            JsonNode code = unit.path("attributes").path("unitCode");
            String unitCode = code.isArray() && !code.isEmpty() ? code.get(0).asText() : unit.path("name").asText();
            for (JsonNode user : pages(token, "/groups/" + unit.path("id").asText() + "/members?briefRepresentation=true")) {
                person(people, user).units.add(unitCode);
            }
        }
        return people.values().stream().filter(p -> p.enabled)
                .map(p -> new Staff(p.username, p.displayName, p.roles, p.units))
                .collect(Collectors.toUnmodifiableMap(Staff::username, Function.identity()));
    }

    private static Person person(Map<String, Person> people, JsonNode user) {
        String username = user.path("username").asText();
        return people.computeIfAbsent(username, u -> new Person(u,
                (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).trim(),
                user.path("enabled").asBoolean(true)));
    }

    private List<JsonNode> pages(String token, String path) {
        String separator = path.contains("?") ? "&" : "?";
        List<JsonNode> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonNode page = get(token, path + separator + "first=" + first + "&max=" + PAGE);
            page.forEach(all::add);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private JsonNode get(String token, String path) {
        JsonNode body = http.get().uri(admin + path).headers(h -> h.setBearerAuth(token)).retrieve()
                .body(JsonNode.class);
        if (body == null) {
            throw new IllegalStateException("empty answer from Keycloak for " + path);
        }
        return body;
    }

    private String serviceToken() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        JsonNode tokens = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(JsonNode.class);
        if (tokens == null || !tokens.hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak gave the directory client no token");
        }
        return tokens.get("access_token").asText();
    }

    private static final class Person {
        final String username;
        final String displayName;
        final boolean enabled;
        final Set<Role> roles = new LinkedHashSet<>();
        final Set<String> units = new LinkedHashSet<>();

        Person(String username, String displayName, boolean enabled) {
            this.username = username;
            this.displayName = displayName.isEmpty() ? username : displayName;
            this.enabled = enabled;
        }
    }
}

package id.serasi.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code keycloak-realm/serasi-realm.json}, the file Keycloak imports, so the embedded login and the unit list
 * offer exactly the users, roles and units production has.
 */
public final class RealmFile {

    public static final String UNITS_GROUP = "units";

    public record UnitGroup(String code, String name, String kind, String city, String regionCode, String timeZone) {
    }

    public record RealmUser(String username, String password, String email, String firstName, String lastName,
                            boolean enabled, Set<Role> roles, Set<String> units) {

        public String displayName() {
            return (firstName + " " + lastName).trim();
        }

        public Staff asStaff() {
            return new Staff(username, displayName(), roles, units);
        }
    }

    private final List<UnitGroup> units;
    private final List<RealmUser> users;

    private RealmFile(List<UnitGroup> units, List<RealmUser> users) {
        this.units = List.copyOf(units);
        this.users = List.copyOf(users);
    }

    /** The file in the working directory when present (a checkout), else the copy on the classpath. */
    public static RealmFile load(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    return parse(in);
                }
            }
            try (InputStream in = RealmFile.class.getResourceAsStream("/keycloak-realm/serasi-realm.json")) {
                if (in == null) {
                    throw new IllegalStateException("realm file not found at " + path.toAbsolutePath() + " nor on the classpath");
                }
                return parse(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read realm file " + path, e);
        }
    }

    static RealmFile parse(InputStream in) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(in);
        Map<String, String> unitByGroupPath = new HashMap<>();
        List<UnitGroup> units = new ArrayList<>();
        for (JsonNode group : realm.path("groups")) {
            if (!UNITS_GROUP.equals(group.path("name").asText())) {
                continue;
            }
            for (JsonNode unit : group.path("subGroups")) {
                JsonNode attributes = unit.path("attributes");
                String code = first(attributes, "unitCode");
                units.add(new UnitGroup(code, first(attributes, "unitName"), first(attributes, "unitKind"),
                        first(attributes, "city"), first(attributes, "regionCode"), first(attributes, "timeZone")));
                unitByGroupPath.put("/" + UNITS_GROUP + "/" + unit.path("name").asText(), code);
            }
        }
        List<RealmUser> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue; // a client's service account is nobody's sign-in
            }
            Set<Role> roles = new LinkedHashSet<>();
            user.path("realmRoles").forEach(r -> Role.ofRealmName(r.asText()).ifPresent(roles::add));
            Set<String> memberOf = new LinkedHashSet<>();
            user.path("groups").forEach(g -> {
                String unit = unitByGroupPath.get(g.asText());
                if (unit != null) {
                    memberOf.add(unit);
                }
            });
            String password = null;
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asText())) {
                    password = credential.path("value").asText();
                }
            }
            users.add(new RealmUser(user.path("username").asText(), password, user.path("email").asText(),
                    user.path("firstName").asText(), user.path("lastName").asText(),
                    user.path("enabled").asBoolean(true), roles, memberOf));
        }
        return new RealmFile(units, users);
    }

    private static String first(JsonNode attributes, String name) {
        JsonNode values = attributes.path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : values.asText(null);
    }

    public List<UnitGroup> units() {
        return units;
    }

    public List<RealmUser> users() {
        return users;
    }
}

package id.serasi.security;

import java.util.Arrays;
import java.util.Optional;

/** Keycloak realm roles, by their realm names. */
public enum Role {
    SOCIAL_WORKER("social-worker"),
    SUPERVISOR("supervisor"),
    INVESTIGATOR("investigator"),
    INVESTIGATION_LEAD("investigation-lead"),
    ANALYST("analyst"),
    ADMIN("admin");

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    public String realmName() {
        return realmName;
    }

    /** The Spring Security authority, e.g. {@code ROLE_social-worker}. */
    public String authority() {
        return "ROLE_" + realmName;
    }

    public static Optional<Role> ofRealmName(String name) {
        return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst();
    }
}

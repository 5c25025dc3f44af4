package id.serasi.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a Keycloak token says about its holder, as Serasi's authorities: the realm roles (claim {@code roles}) become
 * {@code ROLE_<role>}, the unit groups (claim {@code units}) {@code UNIT_<code>}. Read at every token, so a user
 * removed from a unit loses it with the next token.
 */
public final class TokenAuthorities {

    static final String ROLES = "roles";
    static final String UNITS = "units";
    public static final String USERNAME = "preferred_username";

    private TokenAuthorities() {
    }

    public static List<GrantedAuthority> of(Map<String, Object> claims) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : strings(claims.get(ROLES))) {
            Role.ofRealmName(role).ifPresent(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        }
        for (String unit : strings(claims.get(UNITS))) {
            authorities.add(new SimpleGrantedAuthority(Staff.UNIT_AUTHORITY_PREFIX + unit));
        }
        return authorities;
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}

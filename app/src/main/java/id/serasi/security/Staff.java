package id.serasi.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A signed-in member of staff: the roles and units the identity provider vouches for. Every use case takes this,
 * so access rules are checked on the server whatever screen or API the call came through.
 */
public record Staff(String username, String displayName, Set<Role> roles, Set<String> units) {

    public static final String UNIT_AUTHORITY_PREFIX = "UNIT_";

    public Staff {
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String unitCode) {
        return units.contains(unitCode);
    }

    /**
     * The units whose ATENSI cases, case files and tasks this person works: their units, for a social worker or
     * supervisor. Membership alone grants nothing: an investigator seconded from a Sentra is a member of its unit
     * and reads none of its cases.
     */
    public Set<String> caseUnits() {
        return has(Role.SOCIAL_WORKER) || has(Role.SUPERVISOR) ? units : Set.of();
    }

    public boolean worksCasesOf(String unitCode) {
        return caseUnits().contains(unitCode);
    }

    /**
     * Candidate groups {@code <role>:<unit>}, the form the models use, e.g. {@code social-worker:handayani}; the
     * investigation lead, who belongs to no unit, is offered tasks as {@code investigation-lead}.
     */
    public Set<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>();
        if (has(Role.INVESTIGATION_LEAD)) {
            groups.add(Role.INVESTIGATION_LEAD.realmName());
        }
        for (Role role : roles) {
            for (String unit : units) {
                groups.add(candidateGroup(role, unit));
            }
        }
        return groups;
    }

    public static String candidateGroup(Role role, String unitCode) {
        return role.realmName() + ":" + unitCode;
    }

    public static Staff fromAuthorities(String username, String displayName, Collection<String> authorities) {
        Set<Role> roles = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (String authority : authorities) {
            if (authority.startsWith("ROLE_")) {
                Role.ofRealmName(authority.substring(5)).ifPresent(roles::add);
            } else if (authority.startsWith(UNIT_AUTHORITY_PREFIX)) {
                units.add(authority.substring(UNIT_AUTHORITY_PREFIX.length()));
            }
        }
        return new Staff(username, displayName, roles, units);
    }
}

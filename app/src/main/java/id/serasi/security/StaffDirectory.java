package id.serasi.security;

import java.util.List;
import java.util.Optional;

/** Who works where: display names and the staff of a unit by role (for escalations and reassignment). */
public interface StaffDirectory {

    Optional<Staff> find(String username);

    List<Staff> staffOf(String unitCode, Role role);

    /** Everyone holding a role, whatever their unit (investigators belong to none). */
    List<Staff> withRole(Role role);

    default String displayName(String username) {
        return username == null ? "" : find(username).map(Staff::displayName).orElse(username);
    }
}

package id.serasi.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member behind the current request, built from the authorities the identity provider granted. */
@Component
public class CurrentStaff {

    private final StaffDirectory directory;

    CurrentStaff(StaffDirectory directory) {
        this.directory = directory;
    }

    public Optional<Staff> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        return Optional.of(Staff.fromAuthorities(auth.getName(), directory.displayName(auth.getName()),
                auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList()));
    }

    public Staff get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in staff member"));
    }
}

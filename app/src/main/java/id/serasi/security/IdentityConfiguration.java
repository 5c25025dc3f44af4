package id.serasi.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The embedded default's identity: the realm file's users, roles and units, checked locally. Production signs in
 * through Keycloak with the same file imported there.
 */
@Configuration
class IdentityConfiguration {

    @Bean
    RealmFile realmFile(@Value("${serasi.realm-file:keycloak-realm/serasi-realm.json}") Path path) {
        return RealmFile.load(path);
    }

    @Bean
    StaffDirectory staffDirectory(RealmFile realm) {
        return new RealmFileDirectory(realm);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService localUsers(RealmFile realm, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (RealmFile.RealmUser user : realm.users()) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
            user.units().forEach(u -> authorities.add(new SimpleGrantedAuthority(Staff.UNIT_AUTHORITY_PREFIX + u)));
            users.add(User.withUsername(user.username()).password(encoder.encode(user.password()))
                    .disabled(!user.enabled()).authorities(authorities).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}

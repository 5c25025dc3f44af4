package id.serasi.security;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The embedded default's identity: the realm file's users, roles and units, checked locally. Production signs in
 * through Keycloak with the same file imported there.
 */
@Configuration
class IdentityConfiguration {

    /** The production profile, in which only Keycloak may sign people in. */
    static final String PRODUCTION = "prod";

    @Bean
    RealmFile realmFile(@Value("${serasi.realm-file:keycloak-realm/serasi-realm.json}") Path path) {
        return RealmFile.load(path);
    }

    /** The embedded default's directory; with Keycloak, {@link KeycloakIdentity} asks Keycloak instead. */
    @Bean
    @ConditionalOnProperty(name = "serasi.identity", havingValue = "local", matchIfMissing = true)
    StaffDirectory staffDirectory(RealmFile realm) {
        return new RealmFileDirectory(realm);
    }

    @Bean
    @ConditionalOnProperty(name = "serasi.identity", havingValue = "local", matchIfMissing = true)
    SignInThrottle signInThrottle(RealmFile realm) {
        Set<String> usernames = realm.users().stream().map(u -> u.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return new SignInThrottle(Clock.systemUTC(), usernames::contains);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Only for the embedded default; with Keycloak nobody signs in against the realm file. A user's password is
     * hashed when that user first signs in: hashing all of the file's users took 2.5 s of the start (benchmark B5).
     */
    @Bean
    @ConditionalOnProperty(name = "serasi.identity", havingValue = "local", matchIfMissing = true)
    UserDetailsService localUsers(RealmFile realm, PasswordEncoder encoder, Environment environment,
                                  SignInThrottle throttle) {
        if (environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            throw new IllegalStateException("Login lokal hanya untuk pengembangan; di produksi set SERASI_IDENTITY=keycloak"
                    + " / the local login is for development only; in production set SERASI_IDENTITY=keycloak");
        }
        Map<String, RealmFile.RealmUser> users = new HashMap<>();
        realm.users().stream().filter(user -> user.password() != null)
                .forEach(user -> users.put(user.username().toLowerCase(Locale.ROOT), user));
        Map<String, String> hashes = new ConcurrentHashMap<>();
        return username -> {
            RealmFile.RealmUser user = users.get(username.toLowerCase(Locale.ROOT));
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
            user.units().forEach(u -> authorities.add(new SimpleGrantedAuthority(Staff.UNIT_AUTHORITY_PREFIX + u)));
            // a new User each time: signing in erases the password of the one it was given
            return User.withUsername(user.username())
                    .password(hashes.computeIfAbsent(user.username(), name -> encoder.encode(user.password())))
                    .disabled(!user.enabled()).accountLocked(throttle.isLocked(user.username()))
                    .authorities(authorities).build();
        };
    }
}
